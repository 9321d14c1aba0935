package org.retort.engine.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.retort.api.node.Param;
import org.retort.engine.ParameterDescriptor;
import org.retort.engine.ParameterDescriptor.Type;

/** Reflects a parameters record into parameter descriptors, refusing anything the platform cannot honour. */
final class ParameterReflector {

    private ParameterReflector() {
    }

    static List<ParameterDescriptor> reflect(Class<? extends Record> type, Set<String> inputPorts)
            throws InvalidNodeTypeException {
        var result = new ArrayList<ParameterDescriptor>();
        for (RecordComponent component : type.getRecordComponents()) {
            result.add(reflect(component, inputPorts));
        }
        return result;
    }

    private static ParameterDescriptor reflect(RecordComponent component, Set<String> inputPorts)
            throws InvalidNodeTypeException {
        String name = component.getName();
        Param param = component.getAnnotation(Param.class);
        if (param == null) {
            throw new InvalidNodeTypeException("parameter '" + name + "' has no @Param annotation");
        }
        Class<?> javaType = component.getType();
        Type type = typeOf(javaType);
        if (type == null) {
            throw new InvalidNodeTypeException("parameter '" + name + "' has unsupported type "
                    + javaType.getSimpleName() + " (use String, int, long, double, boolean or an enum)");
        }
        boolean numeric = type == Type.INTEGER || type == Type.NUMBER;
        if (!numeric && (param.min() != Double.NEGATIVE_INFINITY || param.max() != Double.POSITIVE_INFINITY)) {
            throw new InvalidNodeTypeException("parameter '" + name + "' has min/max but is not a number");
        }
        if (param.min() > param.max()) {
            throw new InvalidNodeTypeException("parameter '" + name + "' has min " + param.min() + " > max " + param.max());
        }
        if (!param.pattern().isEmpty()) {
            if (type != Type.STRING) {
                throw new InvalidNodeTypeException("parameter '" + name + "' has a pattern but is not a String");
            }
            try {
                Pattern.compile(param.pattern());
            } catch (PatternSyntaxException e) {
                throw new InvalidNodeTypeException("parameter '" + name + "' has an invalid pattern: " + e.getDescription());
            }
        }
        if (!param.columnOf().isEmpty() && (type != Type.STRING || !inputPorts.contains(param.columnOf()))) {
            throw new InvalidNodeTypeException("parameter '" + name + "' names a column of '" + param.columnOf()
                    + "', which must be an input port " + inputPorts + " and the parameter a String");
        }
        List<String> enumValues = type == Type.ENUM
                ? Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : List.of();
        var descriptor = new ParameterDescriptor(name, type, javaType, param.title(), param.description(), null,
                param.min(), param.max(), enumValues, param.pattern(), param.secret(), param.advanced(), param.columnOf());
        if (Param.REQUIRED.equals(param.defaultValue())) {
            return descriptor;
        }
        Object defaultValue;
        try {
            defaultValue = ParameterBinder.convert(descriptor, parseDefault(type, param.defaultValue()));
        } catch (IllegalArgumentException e) {
            throw new InvalidNodeTypeException("parameter '" + name + "' has an invalid default '"
                    + param.defaultValue() + "': " + e.getMessage());
        }
        return new ParameterDescriptor(name, type, javaType, param.title(), param.description(), defaultValue,
                param.min(), param.max(), enumValues, param.pattern(), param.secret(), param.advanced(), param.columnOf());
    }

    private static Type typeOf(Class<?> javaType) {
        if (javaType == String.class) {
            return Type.STRING;
        } else if (javaType == int.class || javaType == long.class) {
            return Type.INTEGER;
        } else if (javaType == double.class) {
            return Type.NUMBER;
        } else if (javaType == boolean.class) {
            return Type.BOOLEAN;
        } else if (javaType.isEnum()) {
            return Type.ENUM;
        }
        return null;
    }

    private static Object parseDefault(Type type, String text) {
        return switch (type) {
            case STRING, ENUM -> text;
            case BOOLEAN -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("expected true or false");
            };
            case INTEGER -> parseNumber(text, true);
            case NUMBER -> parseNumber(text, false);
        };
    }

    private static Number parseNumber(String text, boolean integer) {
        try {
            return integer ? (Number) Long.parseLong(text.trim()) : (Number) Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(integer ? "expected an integer" : "expected a number");
        }
    }
}
