package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;

import io.clinscribe.delivery.hl7v2.mllp.MllpSocketFactory;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** HAPI's own MLLP server on 127.0.0.1 and a free port, with a {@link RecordingReceiver} behind it. */
final class MllpTestServer implements AutoCloseable {

    final RecordingReceiver receiver = new RecordingReceiver();
    private final HapiContext context;
    private final HL7Service service;
    private final int port;

    MllpTestServer() throws InterruptedException {
        this(freePort());
    }

    MllpTestServer(int port) throws InterruptedException {
        this(port, null);
    }

    /** A server on {@code port}, speaking TLS with {@code tls} when it is given. */
    MllpTestServer(int port, SSLContext tls) throws InterruptedException {
        this.port = port;
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mllp-test-server");
            t.setDaemon(true);
            return t;
        });
        context = new DefaultHapiContext(threads);
        MinLowerLayerProtocol llp = new MinLowerLayerProtocol(true);
        llp.setCharset(StandardCharsets.UTF_8);
        context.setLowerLayerProtocol(llp);
        // the ACKs' control ids, counted in memory rather than in a file in the working directory
        context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
        if (tls != null) {
            context.setSocketFactory(new MllpSocketFactory(Duration.ofSeconds(5), Optional.of(tls)));
        }
        service = context.newServer(port, tls != null);
        service.registerApplication(receiver);
        service.startAndWait();
    }

    int port() {
        return port;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops and waits until the port is free again (up to HAPI's 500 ms accept timeout and its cleaner's pause). */
    void stopAndWait() throws IOException {
        service.stopAndWait();
        context.close();
    }

    /** Stops without waiting: the threads are daemons and end with the executor. */
    @Override
    public void close() throws IOException {
        service.stop();
        context.close();
    }
}
