package org.retort.engine.internal.trigger;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.retort.api.util.ContextClassLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Camel context all triggers' routes live in, apart from the runs' contexts so arming and
 * disarming never touches a run. Created with Camel's classloader as application and thread context
 * classloader, because inside OSGi Camel finds its components (file, quartz) through them.
 *
 * <p>The schedules' Quartz scheduler belongs to this context alone. Quartz keeps schedulers in a
 * JVM-wide registry by name, and Camel names the scheduler after the context, so every context gets
 * a name of its own; otherwise a second context (a test, or the service activated again after its
 * bundle was refreshed) would share the scheduler and the triggers still in it. Stopping the context
 * shuts the scheduler down even if Quartz still counts jobs in it.
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
            camel.getCamelContextExtension().setName("retort-triggers-" + UUID.randomUUID().toString().substring(0, 8));
            camel.disableJMX();
            var quartz = new QuartzComponent();
            quartz.setInterruptJobsOnShutdown(true);
            camel.addComponent("quartz", quartz);
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
