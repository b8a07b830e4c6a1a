package io.clinscribe.delivery.fhir.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The private key a backend client signs its token requests with, and the algorithm SMART Backend Services
 * allows for it: RS384 for an RSA key of 2048 bits or more, ES384 for an EC key on P-384.
 *
 * @param keyId the {@code kid} the EHR knows the matching public key by (in the client's registered JWK Set)
 */
public record SigningKey(PrivateKey key, JWSAlgorithm algorithm, String keyId) {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    public SigningKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyId, "keyId");
    }

    /**
     * Reads a PKCS#8 key in PEM form ({@code BEGIN PRIVATE KEY}, or {@code BEGIN ENCRYPTED PRIVATE KEY} with
     * its password), as {@code openssl pkcs8 -topk8} writes it.
     *
     * @throws GeneralSecurityException naming what is wrong with the key, never its content
     */
    public static SigningKey fromPem(String pem, Optional<String> password, String keyId)
            throws GeneralSecurityException {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new InvalidKeySpecException("no PEM block found");
        }
        String type = m.group(1);
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        PKCS8EncodedKeySpec spec = switch (type) {
            case "PRIVATE KEY" -> new PKCS8EncodedKeySpec(der);
            case "ENCRYPTED PRIVATE KEY" -> decrypt(der, password.orElseThrow(
                    () -> new InvalidKeySpecException("the key is encrypted and no password was given")));
            case "RSA PRIVATE KEY", "EC PRIVATE KEY" -> throw new InvalidKeySpecException("the PEM block is "
                    + type + ", not PKCS#8; convert it with: openssl pkcs8 -topk8 -in KEY -out KEY.p8");
            default -> throw new InvalidKeySpecException("a PEM " + type + " block is not a private key");
        };
        return of(parse(spec), keyId);
    }

    /** The key with the algorithm its kind and size call for. */
    public static SigningKey of(PrivateKey key, String keyId) throws GeneralSecurityException {
        if (key instanceof RSAPrivateKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw new InvalidKeySpecException("an RSA key needs at least 2048 bits for RS384");
            }
            return new SigningKey(key, JWSAlgorithm.RS384, keyId);
        }
        if (key instanceof ECPrivateKey ec) {
            if (ec.getParams().getCurve().getField().getFieldSize() != 384) {
                throw new InvalidKeySpecException("an EC key must be on curve P-384 for ES384");
            }
            return new SigningKey(key, JWSAlgorithm.ES384, keyId);
        }
        throw new InvalidKeySpecException("the key is neither RSA nor EC: " + key.getAlgorithm());
    }

    JWSSigner signer() throws JOSEException {
        return key instanceof ECPrivateKey ec ? new ECDSASigner(ec) : new RSASSASigner(key);
    }

    private static PKCS8EncodedKeySpec decrypt(byte[] der, String password) throws GeneralSecurityException {
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            // For PBES2 keys the parameters name the real scheme, e.g. PBEWithHmacSHA256AndAES_256.
            String scheme = info.getAlgParameters() != null ? info.getAlgParameters().toString() : info.getAlgName();
            SecretKeyFactory factory = SecretKeyFactory.getInstance(scheme);
            Cipher cipher = Cipher.getInstance(scheme);
            cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(new PBEKeySpec(password.toCharArray())),
                    info.getAlgParameters());
            return info.getKeySpec(cipher);
        } catch (IOException e) {
            throw new InvalidKeySpecException("the encrypted key is malformed", e);
        } catch (GeneralSecurityException e) {
            throw new InvalidKeySpecException("the key could not be decrypted (wrong password?)", e);
        }
    }

    private static PrivateKey parse(PKCS8EncodedKeySpec spec) throws GeneralSecurityException {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (InvalidKeySpecException e) {
                // not this kind; try the next
            }
        }
        throw new InvalidKeySpecException("the PKCS#8 key is neither RSA nor EC");
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "SigningKey[" + algorithm + ", kid=" + keyId + "]";
    }
}
