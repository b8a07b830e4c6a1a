package io.clinscribe.delivery.fhir.server;

import io.clinscribe.delivery.DeliveryException;

/** Where the bearer token sent with each transaction comes from. */
public interface AccessTokens {

    /** The token to send now; may be reused from an earlier call. */
    String current() throws DeliveryException;

    /**
     * The server refused the current token: forget it. Returns whether asking again can give a different
     * one (a token endpoint can, a token given in the settings cannot).
     */
    boolean forget();

    /** A token given in the settings, sent as it is. */
    static AccessTokens fixed(String token) {
        return new AccessTokens() {
            @Override
            public String current() {
                return token;
            }

            @Override
            public boolean forget() {
                return false;
            }
        };
    }
}
