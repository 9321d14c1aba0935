package org.retort.engine;

import java.util.List;

/**
 * One parameter of a node type, reflected from a component of its parameters record.
 *
 * @param name         the record component's name, the key in a workflow's parameters
 * @param type         the JSON-level type
 * @param javaType     the component's Java type
 * @param title        the form label
 * @param description  help text
 * @param defaultValue the default as a value of {@code javaType}, or {@code null} when required
 * @param min          the inclusive lower bound, or negative infinity
 * @param max          the inclusive upper bound, or positive infinity
 * @param enumValues   the allowed values of an enum parameter, otherwise empty
 * @param pattern      the regular expression a string must match, or empty
 * @param secret       never shown back or logged
 * @param advanced     hidden behind "advanced" in the form
 * @param columnOf     the input port whose columns the value names, or empty
 */
public record ParameterDescriptor(String name, Type type, Class<?> javaType, String title, String description,
        Object defaultValue, double min, double max, List<String> enumValues, String pattern, boolean secret,
        boolean advanced, String columnOf) {

    /** The JSON-level types a parameter can have. */
    public enum Type {
        STRING, INTEGER, NUMBER, BOOLEAN, ENUM
    }

    public ParameterDescriptor {
        enumValues = List.copyOf(enumValues);
    }

    /** Whether a workflow must give this parameter. */
    public boolean required() {
        return defaultValue == null;
    }
}
