package io.clinscribe.delivery.hl7v2.mllp;

import ca.uhn.hl7v2.util.SocketFactory;
import ca.uhn.hl7v2.util.StandardSocketFactory;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The sockets HAPI's client connections are made of: they give up connecting after a timeout (HAPI connects
 * without one, so a silently dropped SYN would hang for minutes) and send without Nagle's delay; TLS ones come
 * from a chosen {@link SSLContext}, check the server's host name and handshake while connecting
 * ({@link TlsMllpSocket}). Server sockets are only for tests and tools that receive.
 */
public final class MllpSocketFactory implements SocketFactory {

    private final Duration connectTimeout;
    private final Optional<SSLContext> tls;
    private final StandardSocketFactory servers = new StandardSocketFactory();

    /** @param tls the context of TLS connections; empty when the adapter speaks plain MLLP */
    public MllpSocketFactory(Duration connectTimeout, Optional<SSLContext> tls) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.tls = Objects.requireNonNull(tls, "tls");
    }

    @Override
    public Socket createSocket() throws IOException {
        int timeout = Math.toIntExact(connectTimeout.toMillis());
        Socket socket = new Socket() {
            @Override
            public void connect(SocketAddress endpoint) throws IOException {
                super.connect(endpoint, timeout);
            }
        };
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true);
        return socket;
    }

    /** A TLS socket that connects with the same timeout and handshakes before HAPI uses it. */
    @Override
    public Socket createTlsSocket() throws IOException {
        Socket socket = new TlsMllpSocket(tls().getSocketFactory(), Math.toIntExact(connectTimeout.toMillis()));
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true);
        return socket;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return servers.createServerSocket();
    }

    @Override
    public ServerSocket createTlsServerSocket() throws IOException {
        return tls().getServerSocketFactory().createServerSocket();
    }

    private SSLContext tls() throws IOException {
        return tls.orElseThrow(() -> new IOException("TLS is not configured"));
    }

    @Override
    public void configureNewAcceptedSocket(Socket socket) throws java.net.SocketException {
        servers.configureNewAcceptedSocket(socket);
    }
}
