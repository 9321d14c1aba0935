package org.retort.node.table;

import java.util.Comparator;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;

/** The rules every table node shares for cells: what counts as empty, how values of one column compare. */
final class Cells {

    private Cells() {
    }

    /** Whether {@code value} is empty: {@code null}, a NaN number, or text that is blank. */
    static boolean empty(Object value) {
        return value == null
                || value instanceof Double d && d.isNaN()
                || value instanceof String s && s.isBlank();
    }

    /** Whether cells of {@code type} are numbers. */
    static boolean numeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DOUBLE;
    }

    /** Whether cells of {@code type} are text (compared and searched by their text). */
    static boolean textual(ColumnType type) {
        return type == ColumnType.STRING || type == ColumnType.JSON || type == ColumnType.MOLECULE;
    }

    /**
     * The natural order of non-empty cells of {@code type}: numbers numerically ({@code -0.0 == 0.0}),
     * text (strings, JSON, molecule text) by Unicode code point, booleans {@code false < true}.
     */
    static Comparator<Object> order(ColumnType type) {
        return switch (type) {
            case INTEGER -> (a, b) -> Long.compare((Long) a, (Long) b);
            case DOUBLE -> (a, b) -> compareNumbers((Double) a, (Double) b);
            case BOOLEAN -> (a, b) -> Boolean.compare((Boolean) a, (Boolean) b);
            case STRING, JSON, MOLECULE -> (a, b) -> compareCodePoints(a.toString(), b.toString());
        };
    }

    /** {@code a} against {@code b} numerically, exact for two integers. */
    static int compareNumbers(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /** {@code a} against {@code b} by Unicode code point (unlike {@link String#compareTo}, which compares UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** The type of column {@code name}; fails naming the column and the columns present when it is missing. */
    static ColumnType type(Schema schema, String name, String role) {
        return schema.column(name).orElseThrow(() -> new IllegalArgumentException(
                role + ": no column '" + name + "' (columns: " + schema.names() + ")")).type();
    }
}
