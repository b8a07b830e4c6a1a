package io.clinscribe.delivery.hl7v2.mllp;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * The socket HAPI gets for a TLS connection: it connects TCP with a timeout, then completes the TLS handshake
 * (checking the server's certificate against the host name) before HAPI sees it, and from then on hands HAPI
 * the TLS streams. Handshaking here, not on HAPI's first read or write, makes an untrusted certificate a
 * connection failure with its cause rather than a socket closed under a reader thread.
 */
final class TlsMllpSocket extends Socket {

    private final Socket tcp = new Socket();
    private final SSLSocketFactory tls;
    private final int connectTimeoutMillis;
    private SSLSocket secure;

    TlsMllpSocket(SSLSocketFactory tls, int connectTimeoutMillis) {
        this.tls = tls;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, connectTimeoutMillis);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (!(endpoint instanceof InetSocketAddress address)) {
            throw new SocketException("not an internet address");
        }
        tcp.connect(endpoint, timeout);
        try {
            SSLSocket s = (SSLSocket) tls.createSocket(tcp, address.getHostString(), address.getPort(), true);
            SSLParameters parameters = s.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            s.setSSLParameters(parameters);
            s.startHandshake();
            secure = s;
        } catch (IOException e) {
            tcp.close();
            throw e;
        }
    }

    private SSLSocket secure() throws SocketException {
        if (secure == null) {
            throw new SocketException("not connected");
        }
        return secure;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return secure().getInputStream();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return secure().getOutputStream();
    }

    @Override
    public synchronized void close() throws IOException {
        if (secure != null) {
            secure.close();
        }
        tcp.close();
    }

    @Override
    public boolean isClosed() {
        return tcp.isClosed() || (secure != null && secure.isClosed());
    }

    @Override
    public boolean isConnected() {
        return secure != null && secure.isConnected();
    }

    @Override
    public boolean isBound() {
        return tcp.isBound();
    }

    @Override
    public InetAddress getInetAddress() {
        return tcp.getInetAddress();
    }

    @Override
    public int getPort() {
        return tcp.getPort();
    }

    @Override
    public InetAddress getLocalAddress() {
        return tcp.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return tcp.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return tcp.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return tcp.getLocalSocketAddress();
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        tcp.setSoTimeout(timeout);
    }

    @Override
    public synchronized int getSoTimeout() throws SocketException {
        return tcp.getSoTimeout();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        tcp.setTcpNoDelay(on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return tcp.getTcpNoDelay();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        tcp.setKeepAlive(on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return tcp.getKeepAlive();
    }

    @Override
    public void shutdownInput() throws IOException {
        secure().shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        secure().shutdownOutput();
    }

    @Override
    public boolean isInputShutdown() {
        return secure != null ? secure.isInputShutdown() : tcp.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        return secure != null ? secure.isOutputShutdown() : tcp.isOutputShutdown();
    }

    @Override
    public String toString() {
        return "TlsMllpSocket[" + tcp.getRemoteSocketAddress() + "]";
    }
}
