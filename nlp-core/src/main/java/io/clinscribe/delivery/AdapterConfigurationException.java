package io.clinscribe.delivery;

/** An adapter's settings are missing or wrong; the message names the adapter and the setting. */
public final class AdapterConfigurationException extends Exception {
    public AdapterConfigurationException(String message) {
        super(message);
    }

    public AdapterConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
