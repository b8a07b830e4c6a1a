package io.clinscribe.delivery.fhir.server;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.util.EnumSet;

/** A Jetty on 127.0.0.1 at a port the OS picks, that can stop listening (an EHR gone down) and come back. */
final class LoopbackJetty implements AutoCloseable {

    private final Server server = new Server();
    private final ServerConnector connector;
    private final ServletContextHandler context = new ServletContextHandler();
    private final String scheme;
    private int port;

    LoopbackJetty() {
        this(null);
    }

    /** Serving https with the key and certificate in {@code tls}, when given. */
    LoopbackJetty(SslContextFactory.Server tls) {
        connector = tls == null ? new ServerConnector(server) : new ServerConnector(server, tls);
        scheme = tls == null ? "http" : "https";
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        context.setContextPath("/");
        server.setHandler(context);
    }

    LoopbackJetty serve(String pathSpec, HttpServlet servlet) {
        context.addServlet(new ServletHolder(servlet), pathSpec);
        return this;
    }

    LoopbackJetty filter(Filter filter) {
        context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        return this;
    }

    LoopbackJetty start() throws Exception {
        server.start();
        port = connector.getLocalPort();
        return this;
    }

    String url(String path) {
        return scheme + "://127.0.0.1:" + port + path;
    }

    /** Connections are refused until {@link #resumeListening()}. */
    void stopListening() throws Exception {
        connector.stop();
    }

    void resumeListening() throws Exception {
        connector.setPort(port);
        connector.start();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
