package org.retort.node.chem.efficiency;

import java.util.regex.Pattern;

/** pActivity = −log10(activity in mol/L), e.g. an IC50 of 1 µM gives 6. */
final class PActivity {

    /** A plain decimal number: no qualifiers ({@code <}, {@code >}, {@code ~}), no NaN, no type suffixes. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private PActivity() {
    }

    /** The pActivity of a concentration; refuses zero, negative and non-finite values with the reason. */
    static double of(double value, ActivityUnit unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("activity value " + value + " is not a finite number");
        }
        if (value <= 0) {
            throw new IllegalArgumentException("activity value " + value + " " + unit.symbol() + " is not positive");
        }
        return -Math.log10(unit.toMolar(value));
    }

    /** A number cell (Long, Double) or a numeric text; refuses empty cells and censored values such as {@code <10}. */
    static double number(Object cell) {
        if (cell instanceof Number n) {
            return n.doubleValue();
        }
        String text = cell == null ? "" : cell.toString().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no activity value");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("activity value '" + text + "' is not a number");
        }
        return Double.parseDouble(text);
    }
}
