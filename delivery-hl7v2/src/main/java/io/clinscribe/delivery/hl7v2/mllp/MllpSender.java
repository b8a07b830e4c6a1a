package io.clinscribe.delivery.hl7v2.mllp;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.Connection;
import ca.uhn.hl7v2.app.Initiator;
import ca.uhn.hl7v2.app.TimeoutException;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.model.Message;
import io.clinscribe.delivery.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Sends messages over one MLLP connection and waits for each ACK, opened through HAPI's
 * {@link HapiContext#newClient(String, int, boolean)} and kept open between messages. A timeout or a broken
 * connection drops the connection (a receiver that stopped answering may be wedged on it) and the next attempt
 * opens a new one. Messages keep their MSH-10 on every attempt, so a receiver that got the first copy but whose
 * ACK was lost drops the second. One thread at a time.
 */
public final class MllpSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MllpSender.class);

    private final HapiContext context;
    private final MllpEndpoint endpoint;
    private final RetryPolicy retry;
    private Connection connection;

    /** @param context a context whose socket factory and lower layer protocol this sender uses; not closed here */
    public MllpSender(HapiContext context, MllpEndpoint endpoint, RetryPolicy retry) {
        this.context = Objects.requireNonNull(context, "context");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /**
     * Sends {@code message} until it is acknowledged or the retries are spent.
     *
     * @return the accepting ACK ({@link Acknowledgement.Verdict#ACCEPTED} or {@link Acknowledgement.Verdict#DUPLICATE})
     * @throws DeliveryException permanent when the receiver refuses the message (naming its ERR codes and
     *         locations), temporary when it could not be reached, did not answer in time, or kept saying "try
     *         again" through every retry
     */
    public Acknowledgement send(Message message, String controlId) throws DeliveryException {
        String what = message.getName() + " " + controlId;
        String lastProblem = "";
        Throwable lastCause = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            if (attempt > 1) {
                pause(attempt - 1, what);
            }
            Acknowledgement ack;
            try {
                ack = exchange(message);
            } catch (AttemptFailed e) {
                lastProblem = e.getMessage();
                lastCause = e.getCause();
                LOG.info("hl7v2 {}: {} attempt {}: {}", endpoint.describe(), what, attempt, lastProblem);
                continue;
            }
            switch (ack.verdict()) {
                case ACCEPTED, DUPLICATE -> {
                    LOG.debug("hl7v2 {}: {} {}", endpoint.describe(), what, ack.describe());
                    return ack;
                }
                case REFUSED -> throw DeliveryException.permanent(
                        "hl7v2 " + endpoint.describe() + " refused " + what + ": " + ack.describe(), null);
                case TRY_AGAIN -> {
                    lastProblem = "receiver asked to try again: " + ack.describe();
                    lastCause = null;
                    LOG.info("hl7v2 {}: {} attempt {}: {}", endpoint.describe(), what, attempt, lastProblem);
                }
            }
        }
        throw DeliveryException.temporary("hl7v2 " + endpoint.describe() + ": " + what + " not acknowledged after "
                + retry.attempts() + " attempt(s): " + lastProblem, lastCause);
    }

    /** One send and its ACK. A failure drops the connection: the receiver may be wedged on it, or out of step. */
    private Acknowledgement exchange(Message message) throws AttemptFailed {
        Initiator initiator;
        try {
            initiator = connection().getInitiator();
        } catch (HL7Exception e) {
            throw failed((tlsFailure(e) ? "TLS handshake failed (" : "cannot connect (") + causeName(e) + ")", e);
        }
        initiator.setTimeout(endpoint.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return Acknowledgement.read(initiator.sendAndReceive(message));
        } catch (TimeoutException e) {
            throw failed("no ACK within " + endpoint.ackTimeout().toMillis() + " ms", e);
        } catch (IOException | LLPException e) {
            throw failed((tlsFailure(e) ? "TLS handshake failed (" : "connection lost (") + causeName(e) + ")", e);
        } catch (HL7Exception e) {
            throw failed("unreadable reply (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private AttemptFailed failed(String problem, Exception cause) {
        disconnect();
        return new AttemptFailed(problem, cause);
    }

    /** Why one attempt failed, in words fit for a log: names and numbers, nothing received. */
    private static final class AttemptFailed extends Exception {
        AttemptFailed(String problem, Exception cause) {
            super(problem, cause);
        }
    }

    private Connection connection() throws HL7Exception {
        if (connection == null || !connection.isOpen()) {
            disconnect();
            connection = context.newClient(endpoint.host(), endpoint.port(), endpoint.tls());
        }
        return connection;
    }

    private void disconnect() {
        if (connection != null) {
            context.getConnectionHub().discard(connection);
            connection = null;
        }
    }

    private void pause(int retryNumber, String what) throws DeliveryException {
        try {
            Thread.sleep(retry.delayBefore(retryNumber).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.temporary("hl7v2 " + endpoint.describe() + ": interrupted while retrying " + what, e);
        }
    }

    /** The innermost cause's class, e.g. ConnectException: says what failed without quoting anything received. */
    private static String causeName(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static boolean tlsFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        disconnect();
    }
}
