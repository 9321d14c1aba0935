package org.retort.node.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.retort.api.data.ColumnType;

/**
 * Infers the type of text columns: INTEGER when every non-empty value is an integer that fits a long,
 * DOUBLE when every one is a number, else STRING. A number is written as in JSON ({@code -12},
 * {@code 0.5}, {@code 1e-3}); {@code 007}, {@code +5}, {@code .5}, {@code NaN} are text, so that codes
 * with leading zeros keep them. Surrounding white space is ignored. Columns are kept in the order
 * their names were first seen.
 */
final class ColumnTypes {

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,18})");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /** The type so far of each column, {@code null} while only empty values were seen. */
    private final Map<String, ColumnType> types = new LinkedHashMap<>();

    /** Notes a column's name, without a value. */
    void name(String column) {
        types.putIfAbsent(column, null);
    }

    /** Notes one value of a column ({@code null} or blank: no value). */
    void observe(String column, String value) {
        ColumnType now = types.get(column);
        if (value == null || value.isBlank() || now == ColumnType.STRING) {
            types.putIfAbsent(column, now);
            return;
        }
        ColumnType seen = typeOf(value.strip());
        types.put(column, now == null || now == seen ? seen : seen == ColumnType.STRING ? seen : ColumnType.DOUBLE);
    }

    /** The column names in the order first seen. */
    List<String> names() {
        return List.copyOf(types.keySet());
    }

    /** The inferred type of {@code column}: STRING when it had no value. */
    ColumnType type(String column) {
        ColumnType type = types.get(column);
        return type == null ? ColumnType.STRING : type;
    }

    private static ColumnType typeOf(String value) {
        if (INTEGER.matcher(value).matches() && fitsLong(value)) {
            return ColumnType.INTEGER;
        }
        if (NUMBER.matcher(value).matches() && Double.isFinite(Double.parseDouble(value))) {
            return ColumnType.DOUBLE;
        }
        return ColumnType.STRING;
    }

    private static boolean fitsLong(String value) {
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The cell for {@code value} in a column of {@code type}: {@code null} for a blank value in a number
     * column; fails with a message naming the value when it is not of the type.
     */
    static Object convert(ColumnType type, String value) {
        if (type == ColumnType.STRING || value == null) {
            return value;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        ColumnType seen = typeOf(text);
        if (type == ColumnType.INTEGER && seen == ColumnType.INTEGER) {
            return Long.parseLong(text);
        }
        if (type == ColumnType.DOUBLE && seen != ColumnType.STRING) {
            return Double.parseDouble(text);
        }
        throw new IllegalArgumentException("'" + shorten(value) + "' is not " + (type == ColumnType.INTEGER ? "an integer" : "a number"));
    }

    /** {@code text} cut to 40 characters for a message. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** Column names from raw ones: a blank name becomes {@code column_<n>}, a repeated one gets {@code _2}, {@code _3}… */
    static List<String> unique(List<String> raw, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        List<String> names = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String base = raw.get(i) == null || raw.get(i).isBlank() ? "column_" + (i + 1) : raw.get(i).strip();
            String name = base;
            for (int k = 2; !used.add(name); k++) {
                name = base + "_" + k;
            }
            names.add(name);
        }
        return names;
    }
}
