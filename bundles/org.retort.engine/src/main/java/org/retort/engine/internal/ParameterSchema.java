package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.ParameterDescriptor;
import org.retort.engine.ParameterDescriptor.Type;

/**
 * The JSON Schema (draft 2020-12) of a node's parameters, in a fixed key order so a snapshot test can
 * pin it. Retort-specific hints that JSON Schema has no word for use {@code x-retort-*} keywords.
 */
public final class ParameterSchema {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private ParameterSchema() {
    }

    /** The schema of {@code node}'s parameters. */
    public static Map<String, Object> of(NodeDescriptor node) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("$schema", DIALECT);
        schema.put("$id", "urn:retort:node:" + node.id() + ":" + node.version() + ":parameters");
        schema.put("title", node.title());
        schema.put("type", "object");
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<String>();
        for (ParameterDescriptor p : node.parameters()) {
            properties.put(p.name(), property(p));
            if (p.required()) {
                required.add(p.name());
            }
        }
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> property(ParameterDescriptor p) {
        var property = new LinkedHashMap<String, Object>();
        property.put("type", switch (p.type()) {
            case STRING, ENUM -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
        });
        property.put("title", p.title());
        if (!p.description().isEmpty()) {
            property.put("description", p.description());
        }
        if (p.defaultValue() != null) {
            property.put("default", p.defaultValue() instanceof Enum<?> e ? e.name() : p.defaultValue());
        }
        if (p.type() == Type.ENUM) {
            property.put("enum", p.enumValues());
        }
        if (Double.isFinite(p.min())) {
            property.put("minimum", number(p, p.min()));
        }
        if (Double.isFinite(p.max())) {
            property.put("maximum", number(p, p.max()));
        }
        if (!p.pattern().isEmpty()) {
            property.put("pattern", "^(?:" + p.pattern() + ")$");
        }
        if (p.secret()) {
            property.put("writeOnly", true);
            property.put("format", "password");
        }
        if (p.advanced()) {
            property.put("x-retort-advanced", true);
        }
        if (!p.columnOf().isEmpty()) {
            property.put("x-retort-column-of", p.columnOf());
        }
        return property;
    }

    private static Object number(ParameterDescriptor p, double value) {
        return p.type() == Type.INTEGER ? (Object) (long) value : (Object) value;
    }
}
