package org.retort.engine.internal;

import java.util.concurrent.TimeUnit;
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
            camel.start();
            return camel;
        });
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
