package io.clinscribe.delivery.fhir.server;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A SMART Backend Services token endpoint, as an EHR runs one: checks the client assertion (signature with
 * the registered public key, kid, iss = sub = client id, aud = this endpoint, a short life, a fresh jti) and
 * issues an access token its FHIR server accepts.
 */
final class TokenEndpoint extends HttpServlet {

    private final String clientId;
    private final String keyId;
    private final PublicKey registeredKey;
    private final Supplier<String> address;
    private final long lifetimeSeconds;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final Set<String> seenJti = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();

    TokenEndpoint(String clientId, String keyId, PublicKey registeredKey, Supplier<String> address,
                  long lifetimeSeconds) {
        this.clientId = clientId;
        this.keyId = keyId;
        this.registeredKey = registeredKey;
        this.address = address;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    boolean accepts(String token) {
        return issued.contains(token);
    }

    void revokeAll() {
        issued.clear();
    }

    int requests() {
        return requests.get();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requests.incrementAndGet();
        String refusal = refusal(request);
        response.setContentType("application/json");
        if (refusal != null) {
            response.setStatus(refusal.equals("invalid_request") ? 400 : 401);
            response.getWriter().write("{\"error\":\"" + refusal + "\",\"error_description\":\"refused\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        issued.add(token);
        response.getWriter().write("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":"
                + lifetimeSeconds + ",\"scope\":\"" + request.getParameter("scope") + "\"}");
    }

    /** Why the request is refused, as an OAuth error code; null when it is not. */
    private String refusal(HttpServletRequest request) {
        if (!"client_credentials".equals(request.getParameter("grant_type"))
                || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(
                request.getParameter("client_assertion_type"))
                || request.getParameter("scope") == null) {
            return "invalid_request";
        }
        try {
            SignedJWT jwt = SignedJWT.parse(request.getParameter("client_assertion"));
            JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
            JWSVerifier verifier = registeredKey instanceof ECPublicKey ec
                    ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAPublicKey) registeredKey);
            if (!List.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384).contains(alg) || !keyId.equals(jwt.getHeader().getKeyID())
                    || !jwt.verify(verifier)) {
                return "invalid_client";
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date exp = claims.getExpirationTime();
            Date iat = claims.getIssueTime();
            boolean valid = clientId.equals(claims.getIssuer()) && clientId.equals(claims.getSubject())
                    && claims.getAudience().equals(List.of(address.get()))
                    && exp != null && exp.toInstant().isAfter(Instant.now())
                    && iat != null && !exp.toInstant().isAfter(iat.toInstant().plusSeconds(300))
                    && claims.getJWTID() != null && seenJti.add(claims.getJWTID());
            return valid ? null : "invalid_client";
        } catch (Exception e) {
            return "invalid_client";
        }
    }
}
