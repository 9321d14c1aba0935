package org.retort.api.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows with a schema: a whole table for a barrier node, one chunk of it for a streaming node.
 *
 * <p>Every row that did not fail has exactly one value per column, of the column's
 * {@link ColumnType#valueClass() type}; a failed row keeps whatever values it had.
 *
 * @param schema the columns
 * @param rows   the rows, in record order
 */
public record Table(Schema schema, List<Row> rows) {

    /** Work on one row that may fail; see {@link #map}. */
    @FunctionalInterface
    public interface RowFunction {
        Row apply(Row row) throws Exception;
    }

    public Table {
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (!row.failed()) {
                check(schema, row);
            }
        }
    }

    private static void check(Schema schema, Row row) {
        if (row.values().size() != schema.size()) {
            throw new IllegalArgumentException("record " + row.recordNumber() + " has " + row.values().size()
                    + " values but the schema has " + schema.size() + " columns " + schema.names());
        }
        for (int i = 0; i < schema.size(); i++) {
            Column column = schema.columns().get(i);
            if (!column.type().accepts(row.get(i))) {
                throw new IllegalArgumentException("record " + row.recordNumber() + ", column '" + column.name()
                        + "': " + row.get(i).getClass().getSimpleName() + " is not " + column.type());
            }
        }
    }

    /** An empty table of {@code schema}. */
    public static Table empty(Schema schema) {
        return new Table(schema, List.of());
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /**
     * Applies {@code function} to every row that has not failed yet, giving a table of schema
     * {@code to}. A row whose function throws becomes a failed row carrying the exception's message,
     * so one bad molecule never stops the chunk. Rows that had already failed pass through unchanged.
     */
    public Table map(Schema to, RowFunction function) {
        var out = new ArrayList<Row>(rows.size());
        for (Row row : rows) {
            if (row.failed()) {
                out.add(row);
                continue;
            }
            try {
                out.add(function.apply(row));
            } catch (Exception e) {
                out.add(row.fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return new Table(to, out);
    }

    /** The rows that did not fail. */
    public List<Row> goodRows() {
        return rows.stream().filter(r -> !r.failed()).toList();
    }

    /** The rows that failed. */
    public List<Row> failedRows() {
        return rows.stream().filter(Row::failed).toList();
    }
}
