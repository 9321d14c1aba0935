package org.retort.node.table;

import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;

/**
 * One condition of {@link Filter}, {@code column operator value}, checked against a schema once and
 * then tested on rows. An empty cell (see {@link Cells#empty}) satisfies {@code is empty} and, as
 * {@code !=} is the exact complement of {@code ==}, {@code !=}; no other operator.
 *
 * @param number   1, 2 or 3, for messages
 * @param column   the column tested
 * @param operator the test
 * @param value    what the cell is compared with, as written in the parameters
 */
record Condition(int number, String column, Operator operator, String value) {

    /** The test of a row; fails naming the column when the column is missing or the operator does not fit its type. */
    Predicate<Row> compile(Schema schema) {
        ColumnType type = Cells.type(schema, column, "condition " + number);
        if (!operator.takesValue() && !value.isBlank()) {
            throw problem("'" + operator.symbol() + "' takes no value, but the value is '" + value + "'");
        }
        int index = schema.index(column);
        Predicate<Object> test = switch (operator) {
            case LESS -> present(compare(type, c -> c < 0));
            case LESS_OR_EQUAL -> present(compare(type, c -> c <= 0));
            case GREATER -> present(compare(type, c -> c > 0));
            case GREATER_OR_EQUAL -> present(compare(type, c -> c >= 0));
            case EQUAL -> present(equality(type));
            case NOT_EQUAL -> present(equality(type)).negate();
            case IS_TRUE -> present(bool(type, true));
            case IS_FALSE -> present(bool(type, false));
            case IS_EMPTY -> Cells::empty;
            case IS_NOT_EMPTY -> v -> !Cells.empty(v);
            case CONTAINS -> present(contains(type));
        };
        return row -> test.test(row.get(index));
    }

    /** {@code test} on non-empty cells; an empty cell never passes. */
    private static Predicate<Object> present(Predicate<Object> test) {
        return v -> !Cells.empty(v) && test.test(v);
    }

    private Predicate<Object> compare(ColumnType type, IntPredicate outcome) {
        if (!Cells.numeric(type)) {
            throw mismatch(type, "a number column (INTEGER or DOUBLE)");
        }
        Number bound = number(type);
        return v -> outcome.test(Cells.compareNumbers((Number) v, bound));
    }

    private Predicate<Object> equality(ColumnType type) {
        if (Cells.numeric(type)) {
            Number expected = number(type);
            return v -> Cells.compareNumbers((Number) v, expected) == 0;
        }
        if (type == ColumnType.BOOLEAN) {
            boolean expected = switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw problem("'" + value + "' is not true or false (column '" + column + "' is BOOLEAN)");
            };
            return v -> (Boolean) v == expected;
        }
        String expected = text();
        return v -> v.toString().equals(expected);
    }

    private Predicate<Object> bool(ColumnType type, boolean expected) {
        if (type != ColumnType.BOOLEAN) {
            throw mismatch(type, "a BOOLEAN column");
        }
        return v -> (Boolean) v == expected;
    }

    private Predicate<Object> contains(ColumnType type) {
        if (!Cells.textual(type)) {
            throw mismatch(type, "a text column (STRING, JSON or MOLECULE)");
        }
        String part = text();
        return v -> v.toString().contains(part);
    }

    private Number number(ColumnType type) {
        String text = value.trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnInteger) {
            try {
                double parsed = Double.parseDouble(text);
                if (!Double.isNaN(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw problem("'" + value + "' is not a number (column '" + column + "' is " + type + ")");
    }

    private String text() {
        if (value.isEmpty()) {
            throw problem("no value to compare column '" + column + "' with; use 'is empty' or 'is not empty' to test for empty cells");
        }
        return value;
    }

    private IllegalArgumentException mismatch(ColumnType type, String needed) {
        return problem("column '" + column + "' is " + type + ", but '" + operator.symbol() + "' needs " + needed);
    }

    private IllegalArgumentException problem(String message) {
        return new IllegalArgumentException("condition " + number + ": " + message);
    }
}
