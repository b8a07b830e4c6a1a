package io.clinscribe.delivery.fhir.server;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Base64;

/** Private keys written as PKCS#8 PEM files, plain or encrypted (PBES2, AES-256, as openssl pkcs8 -topk8 does). */
final class PemFiles {

    private PemFiles() {
    }

    static Path plain(Path file, PrivateKey key) throws Exception {
        return write(file, "PRIVATE KEY", key.getEncoded());
    }

    static Path encrypted(Path file, PrivateKey key, String password) throws Exception {
        String scheme = "PBEWithHmacSHA256AndAES_256";
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance(scheme);
        cipher.init(Cipher.ENCRYPT_MODE,
                SecretKeyFactory.getInstance(scheme).generateSecret(new PBEKeySpec(password.toCharArray())),
                new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv)));
        byte[] sealed = cipher.doFinal(key.getEncoded());
        // Re-read as "PBES2": Java 17 cannot name the scheme's own alias in an EncryptedPrivateKeyInfo.
        AlgorithmParameters pbes2 = AlgorithmParameters.getInstance("PBES2");
        pbes2.init(cipher.getParameters().getEncoded());
        return write(file, "ENCRYPTED PRIVATE KEY", new EncryptedPrivateKeyInfo(pbes2, sealed).getEncoded());
    }

    private static Path write(Path file, String type, byte[] der) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }
}
