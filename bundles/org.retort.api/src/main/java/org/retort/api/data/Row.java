package org.retort.api.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row: its cell values in schema order, the number of the record it came from, and — when a node
 * could not process it — the error that says why.
 *
 * <p>The record number is set by the source (1 for the first record of a file) and travels with the
 * row through every node, so an error report can point at the line a scientist has to fix. A failed
 * row is not dropped: the engine sends it to the node's {@code failure} port.
 *
 * @param recordNumber the 1-based number of the source record this row derives from
 * @param values       the cells, in the order of the table's schema; may contain nulls
 * @param error        why the row failed, or {@code null} when it did not
 */
public record Row(long recordNumber, List<Object> values, String error) {

    public Row {
        values = Collections.unmodifiableList(Arrays.asList(values.toArray()));
    }

    /** A row without error. */
    public static Row of(long recordNumber, Object... values) {
        return new Row(recordNumber, Arrays.asList(values), null);
    }

    /** Whether a node marked this row as failed. */
    public boolean failed() {
        return error != null;
    }

    /** The cell at {@code index}. */
    public Object get(int index) {
        return values.get(index);
    }

    /** The cell at {@code index} as text (strings, molecules, JSON), or {@code null}. */
    public String string(int index) {
        Object value = values.get(index);
        return value == null ? null : value.toString();
    }

    /** The molecule at {@code index}, or {@code null}. */
    public Molecule molecule(int index) {
        return (Molecule) values.get(index);
    }

    /** The number at {@code index} as a double, or {@code null}. */
    public Double number(int index) {
        Object value = values.get(index);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** This row with {@code more} cells appended (for a node that adds columns). */
    public Row append(Object... more) {
        var all = new ArrayList<>(values);
        all.addAll(Arrays.asList(more));
        return new Row(recordNumber, all, error);
    }

    /** This row with the cell at {@code index} replaced. */
    public Row with(int index, Object value) {
        var all = new ArrayList<>(values);
        all.set(index, value);
        return new Row(recordNumber, all, error);
    }

    /** This row, marked as failed with {@code message}; its values and record number are kept. */
    public Row fail(String message) {
        return new Row(recordNumber, values, message == null || message.isBlank() ? "failed" : message);
    }
}
