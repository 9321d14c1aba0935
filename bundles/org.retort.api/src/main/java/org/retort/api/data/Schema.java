package org.retort.api.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The ordered columns of a table. Row values are addressed by position; look the position up once
 * per chunk with {@link #index(String)}, not once per row.
 *
 * @param columns the columns, names unique
 */
public record Schema(List<Column> columns) {

    /** A schema without columns. */
    public static final Schema EMPTY = new Schema(List.of());

    public Schema {
        columns = List.copyOf(columns);
        var names = new HashSet<String>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("duplicate column '" + column.name() + "'");
            }
        }
    }

    /** A schema of the given columns. */
    public static Schema of(Column... columns) {
        return new Schema(List.of(columns));
    }

    /** The number of columns. */
    public int size() {
        return columns.size();
    }

    /** The position of column {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of column {@code name}; fails with a message naming the column and the ones present. */
    public int index(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + name + "' (columns: " + names() + ")");
        }
        return i;
    }

    /** The column called {@code name}, if present. */
    public Optional<Column> column(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(columns.get(i));
    }

    /** The column names in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** Whether the schema has at least one column of {@code type}. */
    public boolean hasType(ColumnType type) {
        return columns.stream().anyMatch(c -> c.type() == type);
    }

    /** This schema with {@code more} columns appended. */
    public Schema plus(Column... more) {
        var all = new ArrayList<>(columns);
        all.addAll(List.of(more));
        return new Schema(all);
    }
}
