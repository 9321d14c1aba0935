package org.retort.api.data;

/**
 * The type of a column, and the Java class of its non-null cells.
 *
 * <p>A molecule cell holds the molecule's original text (SMILES, a molfile…) exactly as read; parsing
 * it is the business of the chemistry nodes, so the API stays free of any toolkit. A JSON cell holds
 * JSON text.
 */
public enum ColumnType {
    STRING(String.class),
    INTEGER(Long.class),
    DOUBLE(Double.class),
    BOOLEAN(Boolean.class),
    MOLECULE(String.class),
    JSON(String.class);

    private final Class<?> valueClass;

    ColumnType(Class<?> valueClass) {
        this.valueClass = valueClass;
    }

    /** The class every non-null cell of this type is an instance of. */
    public Class<?> valueClass() {
        return valueClass;
    }

    /** Whether {@code value} may be stored in a column of this type ({@code null} always may). */
    public boolean accepts(Object value) {
        return value == null || valueClass.isInstance(value);
    }
}
