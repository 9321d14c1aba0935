package org.retort.api.node;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a node type, once: the platform reflects this into the palette, the parameter form, the
 * workflow validation, the REST API and the generated docs.
 *
 * <pre>{@code
 * @Component(service = NodeType.class)
 * @Node(id = "retort.chem.heavy-atoms", version = "1.0.0", title = "Heavy atom count",
 *       category = "Chemistry", tags = {"descriptor"},
 *       inputs = @Port(name = "in", type = PortType.MOLECULES),
 *       outputs = @Port(name = "out", type = PortType.MOLECULES))
 * public final class HeavyAtoms implements StreamingNode<HeavyAtoms.Params> { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Node {

    /**
     * The permanent id, never reused for something else: lower case, dot-separated, starting with the
     * publisher, e.g. {@code retort.chem.descriptors}. Workflows refer to it.
     */
    String id();

    /**
     * The semantic version ({@code MAJOR.MINOR.PATCH}). Bump the major version when a workflow built
     * against the old one could break; two versions of one id can be installed side by side.
     */
    String version();

    /** The short name shown in the palette. */
    String title();

    /** The palette group, e.g. {@code Input/Output}, {@code Chemistry}, {@code Machine learning}. */
    String category();

    /** Search keywords. */
    String[] tags() default {};

    /**
     * Markdown documentation. When empty, the classpath resource {@code <SimpleClassName>.md} beside
     * the class is used if present.
     */
    String docs() default "";

    /** The input ports; a streaming node and a sink have exactly one, a source none. */
    Port[] inputs() default {};

    /** The output ports (without the implicit {@code failure} port); a streaming node and a source have exactly one, a sink none. */
    Port[] outputs() default {};
}
