package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import ca.uhn.hl7v2.validation.builder.support.NoValidationBuilder;
import io.clinscribe.delivery.AdapterConfigurationException;
import io.clinscribe.delivery.AdapterOption;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapterProvider;
import io.clinscribe.delivery.hl7v2.mllp.MllpSender;
import io.clinscribe.delivery.hl7v2.mllp.MllpSocketFactory;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code --to hl7v2 --host H --port P}: HL7 v2.5.1 over MLLP, ORU^R01 for vital signs and lab results and
 * MDM^T02 for the note. Opening checks the settings (and loads TLS stores) but does not connect: the first
 * delivery does, so an EHR that is down when the adapter is opened only delays delivery.
 */
public final class Hl7v2AdapterProvider implements EhrAdapterProvider {

    @Override
    public String name() {
        return Hl7v2Adapter.NAME;
    }

    @Override
    public String description() {
        return "HL7 v2.5.1 over MLLP: ORU^R01 (vital signs, lab results) and MDM^T02 (the note), with ACKs and retry";
    }

    @Override
    public List<AdapterOption> options() {
        return Hl7v2Settings.OPTIONS;
    }

    @Override
    public EhrAdapter open(AdapterSettings settings) throws AdapterConfigurationException {
        Hl7v2Settings hl7 = Hl7v2Settings.read(settings);
        Optional<SSLContext> tls = Optional.empty();
        try {
            if (hl7.endpoint().tls()) {
                tls = Optional.of(hl7.tls().context());
            }
        } catch (GeneralSecurityException | IOException e) {
            throw settings.problem(hl7.tls().keyStore().isPresent() ? "tls-keystore" : "tls-truststore",
                    "cannot be loaded (" + e.getClass().getSimpleName() + ")");
        }
        HapiContext context = context(hl7, tls);
        return new Hl7v2Adapter(context, new MllpSender(context, hl7.endpoint(), hl7.retry()), hl7, Clock.systemUTC());
    }

    /**
     * A context of the adapter's own (its threads end with it): messages in UTF-8 as MSH-18 says; replies of any
     * v2 version read into v2.5.1 structures; no validation of replies, whose ACKs are often loose; no files.
     */
    static HapiContext context(Hl7v2Settings settings, Optional<SSLContext> tls) {
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hl7v2-mllp");
            t.setDaemon(true);
            return t;
        });
        DefaultHapiContext context = new DefaultHapiContext(threads);
        context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
        context.setValidationRuleBuilder(new NoValidationBuilder());
        // HAPI's default id generator keeps a counter file in the working directory; clinscribe sets MSH-10 itself
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        MinLowerLayerProtocol llp = new MinLowerLayerProtocol(true);
        llp.setCharset(StandardCharsets.UTF_8);
        context.setLowerLayerProtocol(llp);
        context.setSocketFactory(new MllpSocketFactory(settings.endpoint().connectTimeout(), tls));
        return context;
    }
}
