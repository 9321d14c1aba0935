package org.retort.node.io;

import java.util.regex.Pattern;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;

/** Cell values as text for the exporters: numbers, CSV fields, JSON values. */
final class Cells {

    /** A number as JSON writes it: such a text cannot be a spreadsheet formula. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private Cells() {
    }

    /** The text of a cell: numbers as {@code Long/Double.toString} write them, molecules as their text; {@code null} stays null. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Guards text against spreadsheet formula injection: text starting with {@code = + - @}, a tab or
     * a carriage return gets a leading {@code '}, unless the whole text is a plain number (like {@code -5}).
     */
    static String guard(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** An RFC 4180 field: quoted when it holds the delimiter, a quote, CR or LF, or starts or ends with a space. */
    static String csv(String text, char delimiter) {
        if (text == null) {
            return "";
        }
        boolean quote = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Appends {@code value} as a JSON value: numbers and booleans bare (NaN and infinities as null), JSON cells as they are (blank: null). */
    static void json(StringBuilder out, Object value, ColumnType type) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Double d) {
            out.append(Double.isFinite(d) ? d.toString() : "null");
        } else if (value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (type == ColumnType.JSON) {
            out.append(value.toString().isBlank() ? "null" : value.toString().strip());
        } else {
            jsonString(out, value instanceof Molecule m ? m.text() : value.toString());
        }
    }

    /** Appends {@code text} as a JSON string; control characters and U+2028/U+2029 escaped. */
    static void jsonString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
