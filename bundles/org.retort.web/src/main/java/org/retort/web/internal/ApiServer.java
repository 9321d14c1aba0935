package org.retort.web.internal;

import java.util.Collection;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.sse.SseFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.retort.api.util.ContextClassLoader;
import org.retort.web.WebContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty 12 with one Jersey servlet under {@code /api} and the current {@link WebContent} (the browser
 * editor) at the site root, compressed with gzip (the API is not: its answers are small or streamed). Plain Java (no OSGi), so it is tested directly;
 * {@link WebServerComponent} drives it from Declarative Services.
 *
 * <p>Jersey and Jetty live in the {@code org.retort.lib.web} bundle and find their providers through
 * the thread context classloader, so every call into them runs with that bundle's classloader.
 */
final class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final String API_PATH = "/api";
    /** Jetty's per-connection cache of header lines (its default size; a system property for load experiments). */
    static final int HEADER_CACHE_SIZE = Integer.getInteger("retort.web.headerCacheSize", 1024);

    private final String host;
    private final int port;
    private Server server;
    private SwappableServlet api;
    private volatile WebContent content;

    private final int maxThreads;

    ApiServer(String host, int port) {
        this(host, port, 200);
    }

    ApiServer(String host, int port, int maxThreads) {
        this.host = host;
        this.port = port;
        this.maxThreads = maxThreads;
    }

    synchronized void start(Collection<?> components) throws Exception {
        ContextClassLoader.call(ServletContainer.class, () -> {
            QueuedThreadPool threads = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads), 60_000);
            threads.setName("retort-web");
            Server s = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setHeaderCacheSize(HEADER_CACHE_SIZE);
            ServerConnector connector = new ServerConnector(s, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            s.addConnector(connector);

            ServletContextHandler context = new ServletContextHandler("/");
            context.setClassLoader(ServletContainer.class.getClassLoader());
            context.setErrorHandler(new ProblemErrorHandler());
            ResourceConfig initial = resourceConfig(components);
            api = new SwappableServlet(() -> new ServletContainer(initial));
            ServletHolder holder = new ServletHolder("retort-api", api);
            holder.setInitOrder(1);
            holder.setAsyncSupported(true);
            context.addServlet(holder, API_PATH + "/*");
            context.addServlet(new ServletHolder("retort-site", new ContentServlet(() -> content)), "/");
            GzipHandler gzip = new GzipHandler();
            gzip.setMinGzipSize(1024);
            gzip.addExcludedPaths(API_PATH + "/*");
            gzip.setHandler(context);
            s.setHandler(gzip);
            s.setStopAtShutdown(false);
            s.start();
            server = s;
            return null;
        });
    }

    /**
     * Replaces the set of resources and providers without dropping the server or a request: the new
     * Jersey application is built first, then swapped in (see {@link SwappableServlet}).
     */
    synchronized void update(Collection<?> components) throws jakarta.servlet.ServletException {
        if (api == null) {
            return;
        }
        ContextClassLoader.call(ServletContainer.class, () -> {
            api.swap(new ServletContainer(resourceConfig(components)));
            return null;
        });
    }

    /** Serves these files at the site root from now on; {@code null} takes the site down (404s). */
    void content(WebContent site) {
        content = site;
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Retort web server did not stop cleanly: {}", e.toString());
        } finally {
            server = null;
            api = null;
        }
    }

    /** The port actually bound (useful when configured with port 0). */
    synchronized int boundPort() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    static ResourceConfig resourceConfig(Collection<?> components) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("retort");
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
        // Registered explicitly: inside OSGi, Jersey's auto-discovery of features is unreliable.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(SseFeature.class);
        config.register(MultiPartFeature.class);
        config.register(ObjectMapperProvider.class);
        config.register(ProblemMappers.ProblemExceptionMapper.class);
        config.register(ProblemMappers.WebApplicationExceptionMapper.class);
        config.register(ProblemMappers.JsonMappingExceptionMapper.class);
        config.register(ProblemMappers.JsonParseExceptionMapper.class);
        config.register(ProblemMappers.UnexpectedExceptionMapper.class);
        for (Object component : List.copyOf(components)) {
            config.register(component);
        }
        return config;
    }
}
