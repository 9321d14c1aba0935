package org.retort.node.table;

/** How a condition of {@link Filter} tests a cell. */
public enum Operator {
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    EQUAL("=="),
    NOT_EQUAL("!="),
    IS_TRUE("is true"),
    IS_FALSE("is false"),
    IS_EMPTY("is empty"),
    IS_NOT_EMPTY("is not empty"),
    CONTAINS("contains");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written in messages and docs. */
    public String symbol() {
        return symbol;
    }

    /** Whether the operator compares the cell with a value (and so needs one). */
    boolean takesValue() {
        return this != IS_TRUE && this != IS_FALSE && this != IS_EMPTY && this != IS_NOT_EMPTY;
    }
}
