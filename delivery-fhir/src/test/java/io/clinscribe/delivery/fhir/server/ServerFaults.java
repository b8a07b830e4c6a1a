package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In front of a test server, when told to: answers every request with an error status (as a proxy in front
 * of a failing EHR would), or answers late, after the server has done the work (as an overloaded one would).
 */
@Interceptor
final class ServerFaults implements Filter {

    private volatile int status;
    private volatile long delayMillis;
    private final AtomicInteger requests = new AtomicInteger();

    void answerWith(int status) {
        this.status = status;
    }

    void answerAfter(long millis) {
        this.delayMillis = millis;
    }

    void clear() {
        status = 0;
        delayMillis = 0;
    }

    int requests() {
        return requests.get();
    }

    /** Registered on the RestfulServer: the request has been processed, its answer is held back. */
    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public boolean holdBackTheAnswer() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return true;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        requests.incrementAndGet();
        if (status != 0) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(status);
            http.setContentType("text/html");
            http.getWriter().write("<html><body>Service temporarily unavailable</body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
