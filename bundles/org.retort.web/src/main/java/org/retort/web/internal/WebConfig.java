package org.retort.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of {@code etc/org.retort.web.cfg} (a dot in a key is an underscore here). */
@ObjectClassDefinition(name = "Retort web server")
public @interface WebConfig {
    @AttributeDefinition(description = "Interface to listen on; 0.0.0.0 for all.")
    String host() default "0.0.0.0";

    @AttributeDefinition(description = "HTTP port.", min = "0", max = "65535")
    int port() default 8181;

    @AttributeDefinition(description = "Most threads serving requests at once; more requests wait in order. "
            + "Server-Sent Events streams do not hold a thread.", min = "8")
    int threads_max() default 200;

    @AttributeDefinition(description = "Service interfaces that must be registered before Retort is ready.")
    String[] ready_required_services() default {};

    @AttributeDefinition(description = "Wait for Karaf's boot features to finish installing before reporting ready.")
    boolean ready_require_boot_finished() default true;
}
