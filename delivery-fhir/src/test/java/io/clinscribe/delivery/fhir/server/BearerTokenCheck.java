package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;

import java.util.function.Predicate;

/** A FHIR server's gate: a request without an accepted bearer token is answered 401. */
@Interceptor
final class BearerTokenCheck {

    private final Predicate<String> accepted;

    BearerTokenCheck(Predicate<String> accepted) {
        this.accepted = accepted;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean check(RequestDetails request) {
        String authorization = request.getHeader("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : null;
        if (token == null || !accepted.test(token)) {
            throw new AuthenticationException("a valid bearer token is required");
        }
        return true;
    }
}
