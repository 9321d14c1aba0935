package org.retort.api.data;

import java.util.Objects;

/**
 * A named, typed column.
 *
 * @param name the column's name, unique within its schema
 * @param type what its cells hold
 */
public record Column(String name, ColumnType type) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a column name must not be blank");
        }
    }

    /** Shorthand for {@code new Column(name, type)}. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type);
    }
}
