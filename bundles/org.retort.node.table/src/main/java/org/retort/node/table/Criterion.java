package org.retort.node.table;

import java.util.List;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.node.NodeContext;
import org.retort.node.table.Score.Direction;

/**
 * One column of {@link Score}: its weight, its direction and its linear min-max desirability.
 *
 * @param column    a number or boolean column
 * @param weight    its share of the score, at least 0
 * @param direction whether higher or lower values are better
 */
record Criterion(String column, double weight, Direction direction) {

    /** Checks that the column is there and holds numbers or booleans; fails naming the column. */
    void check(Schema schema) {
        ColumnType type = Cells.type(schema, column, "score");
        if (!Cells.numeric(type) && type != ColumnType.BOOLEAN) {
            throw new IllegalArgumentException("score: column '" + column + "' is " + type
                    + "; only INTEGER, DOUBLE and BOOLEAN columns can be scored");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("score: the weight of column '" + column + "' must be a number of at least 0, not " + weight);
        }
    }

    /**
     * The desirability of each row, 0 (worst in the table) to 1 (best in the table), linear in between;
     * 0 for an empty cell. Empty cells are counted as {@code empty <column>}. A column with a single
     * distinct value gives 1 to every non-empty cell, and a warning.
     */
    double[] desirabilities(Schema schema, List<Row> rows, NodeContext context) {
        int index = schema.index(column);
        double[] values = new double[rows.size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long empty = 0;
        for (int i = 0; i < values.length; i++) {
            Object cell = rows.get(i).get(index);
            values[i] = Cells.empty(cell) ? Double.NaN : cell instanceof Boolean b ? (b ? 1 : 0) : ((Number) cell).doubleValue();
            if (Double.isNaN(values[i])) {
                empty++;
            } else {
                min = Math.min(min, values[i]);
                max = Math.max(max, values[i]);
            }
        }
        context.count("empty " + column, empty);
        if (empty == values.length && empty > 0) {
            context.warn("score: column '" + column + "' is empty in every row; it adds 0 to every score");
        } else if (min == max) {
            context.warn("score: column '" + column + "' has the value " + min + " in every non-empty row; it does not discriminate");
        }
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            if (min == max) {
                result[i] = 1;
            } else {
                double share = (values[i] - min) / (max - min);
                result[i] = direction == Direction.HIGHER_IS_BETTER ? share : 1 - share;
            }
        }
        return result;
    }
}
