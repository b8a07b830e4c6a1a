package io.clinscribe.delivery.hl7v2.mllp;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import java.util.Optional;

/**
 * The TLS material of an MLLP connection: whom to trust (a trust store, else the JVM's default CAs) and, for
 * receivers that require mutual TLS, the client's own key and certificate. Key stores are PKCS#12 or JKS.
 */
public record TlsSettings(Optional<Path> trustStore, Optional<String> trustStorePassword, Optional<Path> keyStore,
                          Optional<String> keyStorePassword) {

    public TlsSettings {
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
    }

    public static TlsSettings jvmDefaults() {
        return new TlsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The context for these stores; the JVM's default one when none is given. */
    public SSLContext context() throws GeneralSecurityException, IOException {
        if (trustStore.isEmpty() && keyStore.isEmpty()) {
            return SSLContext.getDefault();
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore.isPresent() ? load(trustStore.get(), trustStorePassword) : null);
        KeyManagerFactory keys = null;
        if (keyStore.isPresent()) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore.get(), keyStorePassword), password(keyStorePassword));
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    /** Names the stores, never the passwords. */
    @Override
    public String toString() {
        return "TlsSettings[trustStore=" + trustStore.map(Path::toString).orElse("(JVM default)")
                + ", keyStore=" + keyStore.map(Path::toString).orElse("(none)") + "]";
    }

    private static KeyStore load(Path file, Optional<String> password) throws GeneralSecurityException, IOException {
        return KeyStore.getInstance(file.toFile(), password(password));
    }

    private static char[] password(Optional<String> password) {
        return password.map(String::toCharArray).orElse(new char[0]);
    }
}
