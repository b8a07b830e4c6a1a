package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.apache.ApacheRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.gclient.ITransactionTyped;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import io.clinscribe.delivery.DeliveryException;
import io.clinscribe.delivery.DeliveryReceipt;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EntryOutcome;
import io.clinscribe.delivery.fhir.FhirTransaction;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sends each document as one FHIR transaction with HAPI FHIR's generic client and reports, entry by entry,
 * what the server stored. Sending twice is safe because every resource is a conditional create on its stable
 * identifier: the second time the server answers {@code 200} with the resource it already holds.
 */
public final class FhirServerAdapter implements EhrAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(FhirServerAdapter.class);

    private final String name;
    private final ServerEndpoint endpoint;
    private final TransactionMapping mapping;
    private final Clock clock;
    private final CloseableHttpClient http;
    private final IGenericClient client;

    public FhirServerAdapter(String name, ServerEndpoint endpoint, TransactionMapping mapping, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.clock = Objects.requireNonNull(clock, "clock");
        int millis = Math.toIntExact(endpoint.timeout().toMillis());
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout(millis)
                .setConnectionRequestTimeout(millis)
                .setSocketTimeout(millis)
                .build();
        this.http = HttpClients.custom()
                .setSSLContext(endpoint.tls())
                .setDefaultRequestConfig(timeouts)
                .disableCookieManagement()
                // The outbox decides when to try again; a silent resend here would hide an outage from it.
                .disableAutomaticRetries()
                .build();
        // HAPI's client takes the HTTP client of each request from its FhirContext's factory, so the
        // timeouts and truststore of this adapter need a context of its own, not the shared cached one.
        FhirContext fhir = FhirContext.forR4();
        ApacheRestfulClientFactory factory = new ApacheRestfulClientFactory(fhir);
        fhir.setRestfulClientFactory(factory);
        factory.setHttpClient(http);
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        this.client = factory.newGenericClient(endpoint.base().toString());
        this.client.setEncoding(EncodingEnum.JSON);
    }

    @Override
    public DeliveryReceipt deliver(DeliveryRequest request) throws DeliveryException {
        FhirTransaction transaction = mapped(request);
        String delivery = "delivery " + request.deliveryId().substring(0, Math.min(12, request.deliveryId().length()));
        Bundle response = send(transaction.bundle(), delivery);
        List<TransactionOutcomes.Stored> stored = TransactionOutcomes.read(transaction.bundle(), response);
        DeliveryReceipt receipt = TransactionOutcomes.receipt(name, request, transaction, stored, clock.instant());
        log(delivery, transaction.bundle(), stored, receipt);
        return receipt;
    }

    private FhirTransaction mapped(DeliveryRequest request) throws DeliveryException {
        try {
            return mapping.map(request);
        } catch (RuntimeException e) {
            throw DeliveryException.permanent("document " + request.document().id()
                    + " could not be put in FHIR: " + e.getClass().getSimpleName(), e);
        }
    }

    private Bundle send(Bundle bundle, String delivery) throws DeliveryException {
        boolean tokenRenewed = false;
        while (true) {
            ITransactionTyped<Bundle> transaction = client.transaction().withBundle(bundle)
                    // HAPI's JPA server answers a repeated search from a 60 s cache unless told not to.
                    .withAdditionalHeader("Cache-Control", "no-cache")
                    // Only statuses and locations are read back; the resources need not travel twice.
                    .withAdditionalHeader("Prefer", "return=minimal");
            if (endpoint.tokens().isPresent()) {
                transaction = transaction.withAdditionalHeader("Authorization",
                        "Bearer " + endpoint.tokens().get().current());
            }
            try {
                return transaction.execute();
            } catch (FhirClientConnectionException e) {
                throw DeliveryFailures.unreachable("FHIR server " + endpoint.describe(), e);
            } catch (BaseServerResponseException e) {
                if (e.getStatusCode() == 401 && !tokenRenewed && endpoint.tokens().isPresent()
                        && endpoint.tokens().get().forget()) {
                    // The token may have been revoked or expired early: one fresh token, one more try.
                    tokenRenewed = true;
                    continue;
                }
                throw DeliveryFailures.refused(e, "the transaction of " + delivery
                        + (tokenRenewed ? " (with a freshly issued token)" : ""));
            } catch (DataFormatException e) {
                throw DeliveryException.permanent("FHIR server " + endpoint.describe()
                        + " answered the transaction of " + delivery + " with something that is not a FHIR Bundle",
                        null);
            }
        }
    }

    private void log(String delivery, Bundle sent, List<TransactionOutcomes.Stored> stored, DeliveryReceipt receipt) {
        if (LOG.isDebugEnabled()) {
            List<String> resources = new ArrayList<>();
            for (int k = 0; k < stored.size(); k++) {
                TransactionOutcomes.Stored s = stored.get(k);
                resources.add(s.remoteId().orElse(sent.getEntry().get(k).getResource().fhirType()) + " " + s.status());
            }
            LOG.debug("{}: {}", delivery, String.join(", ", resources));
        }
        LOG.info("{}: {} created, {} already present, {} not carried, {} rejected; document {}", delivery,
                receipt.count(EntryOutcome.Status.CREATED), receipt.count(EntryOutcome.Status.ALREADY_PRESENT),
                receipt.count(EntryOutcome.Status.NOT_CARRIED), receipt.count(EntryOutcome.Status.REJECTED),
                receipt.documentIds().isEmpty() ? "-" : String.join(", ", receipt.documentIds()));
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client of {} failed: {}", name, e.toString());
        }
    }

    /** For messages and logs: the adapter and the server's address without user info. */
    @Override
    public String toString() {
        return "FhirServerAdapter[" + name + ", " + endpoint.describe() + "]";
    }
}
