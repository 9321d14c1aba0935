package org.retort.api.node;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of a node's parameters record. Supported component types: {@code String},
 * {@code int}, {@code long}, {@code double}, {@code boolean} and any Java enum (its constants are the
 * allowed values).
 *
 * <pre>{@code
 * public record Params(
 *     @Param(title = "SMILES column", columnOf = "in") String column,
 *     @Param(title = "Threshold", defaultValue = "0.5", min = 0, max = 1) double threshold,
 *     @Param(title = "API key", secret = true, advanced = true, defaultValue = "") String apiKey) { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {

    /** The marker for "no default": a parameter without a default must be given in the workflow. */
    String REQUIRED = "\u0000required";

    /** The label in the form. */
    String title();

    /** Help text (one or two sentences). */
    String description() default "";

    /** The default, written as in JSON without quotes ({@code 0.5}, {@code true}, {@code MORGAN}, text). */
    String defaultValue() default REQUIRED;

    /** The smallest allowed number (inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** The largest allowed number (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** A regular expression a string value must match entirely. */
    String pattern() default "";

    /** A password or key: never shown back, never logged. */
    boolean secret() default false;

    /** Hidden behind "advanced" in the form. */
    boolean advanced() default false;

    /** The value names a column of this input port; the editor offers that input's columns. */
    String columnOf() default "";
}
