package org.retort.api.node;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An input or output port, declared inside {@link Node#inputs()} or {@link Node#outputs()}.
 * The name {@code failure} is reserved: the engine adds that output to every node that produces rows.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Port {

    /** The port's permanent name within the node, e.g. {@code in}, {@code out}, {@code actives}. */
    String name();

    /** What the port carries. */
    PortType type();

    /** One sentence for the editor's tooltip and the generated docs. */
    String description() default "";

    /** For inputs: whether a workflow is invalid while this input is unconnected. */
    boolean required() default true;
}
