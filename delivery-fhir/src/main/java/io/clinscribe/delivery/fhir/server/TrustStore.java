package io.clinscribe.delivery.fhir.server;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;

/**
 * The certificates to trust for https: a keystore file (PKCS#12 or JKS) holding the EHR's certificate or
 * the CA that signed it. Lets an EHR test server with a self-signed certificate be reached with
 * verification on, rather than turned off.
 */
final class TrustStore {

    private TrustStore() {
    }

    /** Trusts exactly the certificates in the file, as {@code javax.net.ssl.trustStore} would. */
    static SSLContext load(Path file, Optional<String> password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType()); // PKCS#12, which also reads JKS files
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.map(String::toCharArray).orElse(null));
        }
        if (store.size() == 0) {
            throw new GeneralSecurityException("the truststore holds no certificates");
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}
