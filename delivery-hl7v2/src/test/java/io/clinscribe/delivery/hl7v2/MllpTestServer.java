package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.llp.MinLowerLayerProtocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
        service = context.newServer(port, false);
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

    @Override
    public void close() throws IOException {
        service.stopAndWait();
        context.close();
    }
}
