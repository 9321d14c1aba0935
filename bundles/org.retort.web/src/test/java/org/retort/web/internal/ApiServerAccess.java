package org.retort.web.internal;

import java.util.Collection;

/**
 * Test-only door to the web bundle's own server: {@link ApiServer} is package-private in
 * {@code org.retort.web.internal}, and this class sits in the same package on the test classpath (no
 * OSGi here, so the package may span two jars). The REST tests therefore run on exactly the Jetty,
 * Jersey, Jackson and problem+json setup production uses, without a copy of it. If the web bundle
 * changes {@code ApiServer}'s methods, this fails to compile rather than drifting.
 */
public final class ApiServerAccess implements AutoCloseable {

    private final ApiServer server;

    private ApiServerAccess(ApiServer server) {
        this.server = server;
    }

    /** Starts the API on {@code host}, an ephemeral port, serving {@code components} under {@code /api}. */
    public static ApiServerAccess start(String host, Collection<?> components) throws Exception {
        ApiServer server = new ApiServer(host, 0);
        try {
            server.start(components);
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new ApiServerAccess(server);
    }

    /** The port the server listens on. */
    public int port() {
        return server.boundPort();
    }

    /** Replaces the resources and providers, as the web bundle does when services come and go. */
    public void update(Collection<?> components) throws Exception {
        server.update(components);
    }

    @Override
    public void close() {
        server.stop();
    }
}
