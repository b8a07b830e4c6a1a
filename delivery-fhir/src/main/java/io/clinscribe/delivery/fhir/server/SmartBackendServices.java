package io.clinscribe.delivery.fhir.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.clinscribe.delivery.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Access tokens from a SMART Backend Services token endpoint: an OAuth 2.0 client-credentials grant
 * authenticated by a JWT the client signs with its private key (RFC 7523). A token is reused until shortly
 * before it expires, so a busy outbox asks for one every few minutes, not once per document.
 */
public final class SmartBackendServices implements AccessTokens {

    private static final Logger LOG = LoggerFactory.getLogger(SmartBackendServices.class);
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** SMART allows an assertion to live five minutes at most. */
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    /** Asking for a new token this long before expiry keeps a request from arriving with a stale one. */
    private static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

    private final URI tokenUrl;
    private final String clientId;
    private final String scope;
    private final SigningKey key;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    private String token;
    private Instant renewAt = Instant.MIN;

    public SmartBackendServices(URI tokenUrl, String clientId, String scope, SigningKey key, HttpClient http,
                                Duration timeout, Clock clock) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.key = Objects.requireNonNull(key, "key");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized String current() throws DeliveryException {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            requestToken(now);
        }
        return token;
    }

    @Override
    public synchronized boolean forget() {
        token = null;
        return true;
    }

    private void requestToken(Instant now) throws DeliveryException {
        String form = Map.of(
                        "grant_type", "client_credentials",
                        "scope", scope,
                        "client_assertion_type", ASSERTION_TYPE,
                        "client_assertion", assertion(now))
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw DeliveryFailures.unreachable("token endpoint", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.temporary("interrupted while asking the token endpoint for a token", e);
        }
        Map<String, Object> body = json(response);
        int status = response.statusCode();
        if (status != 200) {
            // The OAuth error code (invalid_client, invalid_scope) says what to fix; its description may not be ours to log.
            String message = "token endpoint answered HTTP " + status
                    + (body.get("error") instanceof String error ? " " + error : "") + " for client " + clientId;
            throw DeliveryFailures.retryableStatus(status)
                    ? DeliveryException.temporary(message, null)
                    : DeliveryException.permanent(message, null);
        }
        if (!(body.get("access_token") instanceof String accessToken) || accessToken.isBlank()) {
            throw DeliveryException.permanent("token endpoint answered without an access_token", null);
        }
        long lifetime = body.get("expires_in") instanceof Number n ? n.longValue() : 300;
        Duration margin = Duration.ofSeconds(Math.min(RENEWAL_MARGIN.toSeconds(), lifetime / 2));
        token = accessToken;
        renewAt = now.plusSeconds(lifetime).minus(margin);
        LOG.debug("access token for client {} valid for {} s", clientId, lifetime);
    }

    private String assertion(Instant now) throws DeliveryException {
        JWSHeader header = new JWSHeader.Builder(key.algorithm()).type(JOSEObjectType.JWT).keyID(key.keyId()).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenUrl.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw DeliveryException.permanent("could not sign the client assertion with " + key, e);
        }
        return jwt.serialize();
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            return Map.of();
        }
    }
}
