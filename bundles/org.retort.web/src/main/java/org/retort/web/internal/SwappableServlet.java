package org.retort.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.GenericServlet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.retort.web.RequestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A servlet that forwards to a delegate which can be replaced while requests are being served.
 *
 * <p>Jersey's own {@code ServletContainer.reload} tears down the running application while requests
 * may still be inside it, and those answer 500. Here a new delegate is built and initialised first,
 * then swapped in atomically; the old one is destroyed only when its last request has left. Requests
 * never see a half-built or destroyed application. (Asynchronous responses such as SSE streams end
 * with their generation; clients reconnect.)
 */
final class SwappableServlet extends GenericServlet {

    /** The largest request body read after an answer that did not read it (bytes). */
    static final long UNREAD_BODY_LIMIT = 1 << 20;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SwappableServlet.class);

    /** One delegate and the requests currently inside it. */
    private static final class Generation {
        final Servlet servlet;
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicBoolean destroyed = new AtomicBoolean();
        volatile boolean retired;

        Generation(Servlet servlet) {
            this.servlet = servlet;
        }

        void release() {
            if (inFlight.decrementAndGet() == 0 && retired) {
                destroyOnce();
            }
        }

        void destroyOnce() {
            if (destroyed.compareAndSet(false, true)) {
                try {
                    servlet.destroy();
                } catch (RuntimeException e) {
                    LOG.warn("Retiring the previous API application failed: {}", e.toString());
                }
            }
        }
    }

    private final transient Supplier<Servlet> first;
    private transient volatile Generation current;

    SwappableServlet(Supplier<Servlet> first) {
        this.first = first;
    }

    @Override
    public void init() throws ServletException {
        current = start(first.get());
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        // Jersey shows servlet request attributes as request properties: the caller's address without an injected proxy
        request.setAttribute(RequestProperties.REMOTE_ADDRESS, request.getRemoteAddr());
        while (true) {
            Generation g = current;
            g.inFlight.incrementAndGet();
            if (!g.retired) {
                try {
                    g.servlet.service(request, response);
                    readUnreadBody(request, response);
                    return;
                } finally {
                    g.release();
                }
            }
            g.release(); // swapped while we arrived: take the new one
        }
    }

    /**
     * Reads and drops a small request body the API answered without reading (refused before its
     * resource ran: unknown path, missing permission), after sending the answer. Left unread, a body
     * that had not fully arrived when the answer was written makes the server close the connection
     * without saying so: a client that sends its next request on that connection gets no answer at all
     * ("header parser received no bytes"), and one that had not read the answer yet may lose it to the
     * reset its late body causes. Larger bodies are not waited for; the connection is then closed.
     */
    private static void readUnreadBody(ServletRequest request, ServletResponse response) {
        long length = request.getContentLengthLong();
        if (length <= 0 || length > UNREAD_BODY_LIMIT || request.isAsyncStarted()) {
            return;
        }
        try {
            response.flushBuffer();
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            // read already (as a reader), or the client went away: nothing to keep the connection for
        }
    }

    /** Builds and initialises {@code next}, then makes it serve every new request. */
    void swap(Servlet next) throws ServletException {
        Generation fresh = start(next);
        Generation old = current;
        current = fresh;
        old.retired = true;
        if (old.inFlight.get() == 0) {
            old.destroyOnce();
        }
    }

    private Generation start(Servlet servlet) throws ServletException {
        ServletConfig config = getServletConfig();
        servlet.init(config);
        return new Generation(servlet);
    }

    @Override
    public void destroy() {
        Generation g = current;
        if (g != null) {
            g.retired = true;
            g.destroyOnce();
        }
    }
}
