package org.retort.engine.internal.trigger;

import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.retort.api.util.ContextClassLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Camel context all triggers' routes live in, apart from the runs' contexts so arming and
 * disarming never touches a run. Created with Camel's classloader as application and thread context
 * classloader, because inside OSGi Camel finds its components (file, quartz) through them.
 */
final class TriggerCamel {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerCamel.class);

    /** Long enough for a cancelled run to end (about a second) and its file route to finish. */
    private static final int SHUTDOWN_SECONDS = 10;

    private TriggerCamel() {
    }

    static CamelContext start() throws Exception {
        return ContextClassLoader.call(CamelContext.class, () -> {
            DefaultCamelContext camel = new DefaultCamelContext();
            camel.setApplicationContextClassLoader(CamelContext.class.getClassLoader());
            camel.getCamelContextExtension().setName("retort-triggers");
            camel.disableJMX();
            camel.getShutdownStrategy().setTimeout(SHUTDOWN_SECONDS);
            camel.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
            camel.getShutdownStrategy().setShutdownNowOnTimeout(true);
            camel.start();
            return camel;
        });
    }

    /** Adds and starts {@code route}'s routes with Camel's classloader as context classloader. */
    static void add(CamelContext camel, TriggerRoute route) throws Exception {
        ContextClassLoader.run(CamelContext.class, () -> {
            camel.addRoutes(route);
            return null;
        });
    }

    /** Stops and removes the route {@code routeId} and the endpoints only it used; logs what fails. */
    static void remove(CamelContext camel, String routeId) {
        try {
            ContextClassLoader.run(CamelContext.class, () -> {
                camel.getRouteController().stopRoute(routeId);
                camel.removeRoute(routeId);
                return null;
            });
        } catch (Exception e) {
            LOG.warn("Removing trigger route {} failed: {}", routeId, e.toString());
        }
    }

    static void stop(CamelContext camel) {
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
