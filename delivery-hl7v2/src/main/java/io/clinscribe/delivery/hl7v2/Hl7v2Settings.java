package io.clinscribe.delivery.hl7v2;

import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.hl7v2.message.MessageHeader;
import io.clinscribe.delivery.hl7v2.mllp.MllpEndpoint;
import io.clinscribe.delivery.hl7v2.mllp.RetryPolicy;
import io.clinscribe.delivery.hl7v2.mllp.TlsSettings;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The hl7v2 adapter's settings, read and checked once when it is opened.
 *
 * @param sendResults  whether to send ORU^R01 (vital signs and lab results)
 * @param sendNote     whether to send MDM^T02 (the note)
 * @param documentType TXA-2, HL7 table 0270
 */
public record Hl7v2Settings(MllpEndpoint endpoint, RetryPolicy retry, MessageHeader header, String documentType,
                            boolean sendResults, boolean sendNote, TlsSettings tls) {

    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    static final List<AdapterOption> OPTIONS = List.of(
            AdapterOption.required("host", "the interface engine's or EHR's MLLP host"),
            AdapterOption.required("port", "its MLLP port"),
            AdapterOption.optional("timeout", "how long to wait for each ACK (default 30s)"),
            AdapterOption.optional("connect-timeout", "how long to wait for the TCP connection (default 10s)"),
            AdapterOption.optional("retries", "resends after a timeout, lost connection or 'try again' ACK (default 3)"),
            AdapterOption.optional("retry-delay", "pause before the first resend, doubling up to 30s (default 1s)"),
            AdapterOption.optional("sending-application", "MSH-3 (default clinscribe)"),
            AdapterOption.optional("sending-facility", "MSH-4 (default blank)"),
            AdapterOption.optional("receiving-application", "MSH-5 (default blank)"),
            AdapterOption.optional("receiving-facility", "MSH-6 (default blank)"),
            AdapterOption.optional("processing-id", "MSH-11: P production, T test, D debugging (default P)"),
            AdapterOption.optional("document-type", "TXA-2 of the note, HL7 table 0270 (default PR, progress note)"),
            AdapterOption.optional("messages", "which messages to send: oru, mdm or oru,mdm (default oru,mdm)"),
            AdapterOption.optional("tls", "true to connect with TLS (default false)"),
            AdapterOption.optional("tls-truststore", "PKCS#12 or JKS file of the CAs to trust (default: the JVM's)"),
            AdapterOption.secret("tls-truststore-password", "the trust store's password"),
            AdapterOption.optional("tls-keystore", "PKCS#12 or JKS file of the client key, for mutual TLS"),
            AdapterOption.secret("tls-keystore-password", "the key store's password"));

    public static Hl7v2Settings read(AdapterSettings s) throws AdapterConfigurationException {
        String host = s.required("host").strip();
        int port = s.integer("port", -1);
        if (port < 1 || port > 65535) {
            throw s.problem("port", "must be between 1 and 65535");
        }
        Duration timeout = positive(s, "timeout", s.duration("timeout", Duration.ofSeconds(30)));
        Duration connectTimeout = positive(s, "connect-timeout", s.duration("connect-timeout", Duration.ofSeconds(10)));
        int retries = s.integer("retries", 3);
        if (retries < 0 || retries > 20) {
            throw s.problem("retries", "must be between 0 and 20");
        }
        Duration retryDelay = s.duration("retry-delay", Duration.ofSeconds(1));
        if (retryDelay.isNegative()) {
            throw s.problem("retry-delay", "must not be negative");
        }
        String processingId = s.get("processing-id").orElse("P").strip().toUpperCase(Locale.ROOT);
        if (!processingId.matches("[PTD]")) {
            throw s.problem("processing-id", "must be P, T or D");
        }
        MessageHeader header = new MessageHeader(hd(s, "sending-application", "clinscribe"),
                hd(s, "sending-facility", ""), hd(s, "receiving-application", ""), hd(s, "receiving-facility", ""),
                processingId);
        String documentType = s.get("document-type").orElse("PR").strip();
        if (!documentType.matches("[A-Za-z0-9_-]{1,30}")) {
            throw s.problem("document-type", "must be a code such as PR, CN or DS");
        }
        Set<String> messages = new LinkedHashSet<>();
        for (String m : s.get("messages").orElse("oru,mdm").toLowerCase(Locale.ROOT).split(",")) {
            if (!m.isBlank() && !Set.of("oru", "mdm").contains(m.strip())) {
                throw s.problem("messages", "names oru and/or mdm, not '" + m.strip() + "'");
            }
            messages.add(m.strip());
        }
        if (messages.stream().noneMatch(m -> !m.isBlank())) {
            throw s.problem("messages", "must name oru, mdm or both");
        }
        boolean tls = flag(s, "tls");
        TlsSettings tlsSettings = new TlsSettings(s.path("tls-truststore"), s.get("tls-truststore-password"),
                s.path("tls-keystore"), s.get("tls-keystore-password"));
        if (!tls && (tlsSettings.trustStore().isPresent() || tlsSettings.keyStore().isPresent())) {
            throw s.problem("tls", "must be true when a TLS trust store or key store is given");
        }
        Duration maxDelay = retryDelay.compareTo(MAX_RETRY_DELAY) > 0 ? retryDelay : MAX_RETRY_DELAY;
        return new Hl7v2Settings(new MllpEndpoint(host, port, tls, timeout, connectTimeout),
                new RetryPolicy(retries, retryDelay, maxDelay), header, documentType, messages.contains("oru"), messages.contains("mdm"), tlsSettings);
    }

    private static Duration positive(AdapterSettings s, String name, Duration d) throws AdapterConfigurationException {
        if (d.isZero() || d.isNegative() || d.toMillis() > Integer.MAX_VALUE) {
            throw s.problem(name, "must be a positive duration");
        }
        return d;
    }

    /** A hierarchic designator's namespace: no v2 delimiters, or the receiver would route on a broken MSH. */
    private static String hd(AdapterSettings s, String name, String fallback) throws AdapterConfigurationException {
        String v = s.get(name).orElse(fallback).strip();
        if (v.matches(".*[|^~\\\\&].*")) {
            throw s.problem(name, "must not contain | ^ ~ \\ or &");
        }
        return v;
    }

    private static boolean flag(AdapterSettings s, String name) throws AdapterConfigurationException {
        String v = s.get(name).orElse("false").strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw s.problem(name, "must be true or false, not '" + v + "'");
        };
    }
}
