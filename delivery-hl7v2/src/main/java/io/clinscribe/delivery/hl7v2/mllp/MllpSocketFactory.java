package io.clinscribe.delivery.hl7v2.mllp;

import ca.uhn.hl7v2.util.SocketFactory;
import ca.uhn.hl7v2.util.StandardSocketFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * The sockets HAPI's client connections are made of: plain ones that give up connecting after a timeout (HAPI
 * connects without one, so a silently dropped SYN would hang for minutes), with no Nagle delay between a
 * message and its ACK; and TLS ones from a chosen {@link SSLContext} that check the server's host name.
 */
public final class MllpSocketFactory implements SocketFactory {

    private final Duration connectTimeout;
    private final SSLContext tls;
    private final StandardSocketFactory servers = new StandardSocketFactory();

    public MllpSocketFactory(Duration connectTimeout, SSLContext tls) {
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

    /**
     * An unconnected TLS socket; HAPI connects it without a timeout (JSSE's socket cannot be given one here),
     * so {@code connect-timeout} does not bound the TCP handshake of TLS connections.
     */
    @Override
    public Socket createTlsSocket() throws IOException {
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket();
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
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
        return tls.getServerSocketFactory().createServerSocket();
    }

    @Override
    public void configureNewAcceptedSocket(Socket socket) throws java.net.SocketException {
        servers.configureNewAcceptedSocket(socket);
    }
}
