package org.retort.engine.internal;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.ParameterDescriptor;
import org.retort.engine.workflow.ValidationProblem;

/**
 * Turns a workflow's JSON parameter values into a node's parameters record, with one message per
 * problem naming the parameter. The only place that knows how JSON values map to Java types.
 */
public final class ParameterBinder {

    private ParameterBinder() {
    }

    /** Every problem with {@code values}, located at {@code parameters.<name>}. */
    public static List<ValidationProblem> validate(NodeDescriptor node, Map<String, Object> values) {
        var problems = new ArrayList<ValidationProblem>();
        convertAll(node, values, problems);
        return problems;
    }

    /** The parameters record; throws listing every problem when {@code values} are invalid. */
    public static Record bind(NodeDescriptor node, Map<String, Object> values) {
        var problems = new ArrayList<ValidationProblem>();
        Map<String, Object> converted = convertAll(node, values, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(node.key() + ": " + problems);
        }
        Class<?>[] types = node.parameters().stream().map(ParameterDescriptor::javaType).toArray(Class<?>[]::new);
        try {
            Constructor<? extends Record> constructor = node.parametersType().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(converted.values().toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + node.parametersType().getName() + ": " + e, e);
        }
    }

    /**
     * The parameters with defaults applied, converted and sorted by name, as one string: equal for
     * every spelling of the same settings ({@code 1} and {@code 1.0} for a number), so it can be hashed.
     */
    public static String canonical(NodeDescriptor node, Map<String, Object> values) {
        var problems = new ArrayList<ValidationProblem>();
        var sorted = new TreeMap<>(convertAll(node, values, problems));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(node.key() + ": " + problems);
        }
        var text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    private static Map<String, Object> convertAll(NodeDescriptor node, Map<String, Object> values,
            List<ValidationProblem> problems) {
        var result = new LinkedHashMap<String, Object>();
        for (ParameterDescriptor p : node.parameters()) {
            String location = "parameters." + p.name();
            Object raw = values.get(p.name());
            if (raw == null) {
                if (p.required()) {
                    problems.add(new ValidationProblem(location, "parameter '" + p.name() + "' (" + p.title() + ") is required"));
                }
                result.put(p.name(), p.defaultValue());
                continue;
            }
            try {
                result.put(p.name(), convert(p, raw));
            } catch (IllegalArgumentException e) {
                problems.add(new ValidationProblem(location, "parameter '" + p.name() + "': " + e.getMessage()));
            }
        }
        for (String name : values.keySet()) {
            if (node.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                problems.add(new ValidationProblem("parameters." + name, "unknown parameter '" + name + "' (known: "
                        + node.parameters().stream().map(ParameterDescriptor::name).toList() + ")"));
            }
        }
        return result;
    }

    /** {@code raw} (a JSON value) as a value of {@code p}'s Java type; the message says what is wrong. */
    static Object convert(ParameterDescriptor p, Object raw) {
        return switch (p.type()) {
            case STRING -> checkPattern(p, expect(raw, String.class, "a string"));
            case BOOLEAN -> expect(raw, Boolean.class, "true or false");
            case ENUM -> toEnum(p, expect(raw, String.class, "one of " + p.enumValues()));
            case INTEGER -> toInteger(p, raw);
            case NUMBER -> checkBounds(p, expect(raw, Number.class, "a number").doubleValue());
        };
    }

    private static <T> T expect(Object raw, Class<T> type, String what) {
        if (!type.isInstance(raw)) {
            throw new IllegalArgumentException("expected " + what + ", got " + describe(raw));
        }
        return type.cast(raw);
    }

    private static String describe(Object raw) {
        return raw instanceof String s ? "\"" + s + "\"" : String.valueOf(raw);
    }

    private static String checkPattern(ParameterDescriptor p, String value) {
        if (!p.pattern().isEmpty() && !value.matches(p.pattern())) {
            throw new IllegalArgumentException((p.secret() ? "the value" : "\"" + value + "\"")
                    + " does not match " + p.pattern());
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object toEnum(ParameterDescriptor p, String value) {
        if (!p.enumValues().contains(value)) {
            throw new IllegalArgumentException("expected one of " + p.enumValues() + ", got \"" + value + "\"");
        }
        return Enum.valueOf((Class<Enum>) p.javaType(), value);
    }

    private static Object toInteger(ParameterDescriptor p, Object raw) {
        Number number = expect(raw, Number.class, "an integer");
        BigInteger integer;
        try {
            integer = new BigDecimal(number.toString()).toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("expected an integer, got " + raw);
        }
        boolean isInt = p.javaType() == int.class;
        BigInteger limit = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
        if (integer.abs().compareTo(limit) > 0) {
            throw new IllegalArgumentException(raw + " is out of range");
        }
        checkBounds(p, integer.doubleValue());
        return isInt ? (Object) integer.intValue() : (Object) integer.longValue();
    }

    private static double checkBounds(ParameterDescriptor p, double value) {
        if (Double.isNaN(value) || value < p.min() || value > p.max()) {
            throw new IllegalArgumentException("must be between " + bound(p, p.min()) + " and " + bound(p, p.max())
                    + ", got " + (p.type() == ParameterDescriptor.Type.INTEGER ? String.valueOf((long) value) : value));
        }
        return value;
    }

    private static String bound(ParameterDescriptor p, double b) {
        if (Double.isInfinite(b)) {
            return b < 0 ? "-∞" : "∞";
        }
        return p.type() == ParameterDescriptor.Type.INTEGER ? String.valueOf((long) b) : String.valueOf(b);
    }
}
