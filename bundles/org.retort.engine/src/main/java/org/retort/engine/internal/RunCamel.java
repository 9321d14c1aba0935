package org.retort.engine.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.retort.api.util.ContextClassLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Camel context of one run. Created with Camel's own classloader as application and thread
 * context classloader, because inside OSGi Camel finds its components through them; stopped with a
 * one-second grace so a cancelled run does not linger.
 */
final class RunCamel {

    private static final Logger LOG = LoggerFactory.getLogger(RunCamel.class);
    private static final long IDLE_CHECK_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

    private RunCamel() {
    }

    static CamelContext start(String runId, RoutesBuilder routes) throws Exception {
        return ContextClassLoader.call(CamelContext.class, () -> {
            DefaultCamelContext camel = new DefaultCamelContext();
            camel.setApplicationContextClassLoader(CamelContext.class.getClassLoader());
            camel.getCamelContextExtension().setName("retort-run-" + runId);
            camel.disableJMX();
            camel.getShutdownStrategy().setTimeout(1);
            camel.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
            camel.getShutdownStrategy().setShutdownNowOnTimeout(true);
            camel.getShutdownStrategy().setSuppressLoggingOnTimeout(true);
            camel.addRoutes(routes);
            // the routes start once the context has: a SEDA consumer started while its context is still
            // starting sleeps one poll before it takes its first envelope
            camel.setAutoStartup(false);
            camel.start();
            camel.getRouteController().startAllRoutes();
            return camel;
        });
    }

    /**
     * Stops {@code camel} once every node of its run is done. The node that finished last is still
     * returning from its step when the run learns it is done; the graceful shutdown would see that
     * exchange in flight and check again only a second later. So this waits (briefly, it is a matter
     * of microseconds) for the exchanges to leave their routes, then stops.
     */
    static void stopIdle(CamelContext camel) {
        if (camel == null) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (camel.getInflightRepository().size() > 0 && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(IDLE_CHECK_NANOS);
        }
        stop(camel);
    }

    static void stop(CamelContext camel) {
        if (camel == null) {
            return;
        }
        try {
            ContextClassLoader.run(CamelContext.class, () -> {
                camel.stop();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Stopping {} failed: {}", camel.getName(), e.toString());
        }
    }
}
