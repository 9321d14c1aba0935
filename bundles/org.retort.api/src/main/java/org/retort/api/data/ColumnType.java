package org.retort.api.data;

/**
 * The type of a column, and the Java class of its non-null cells.
 *
 * <p>A molecule cell is a {@link Molecule}: the original text (SMILES, a molfile…) exactly as read,
 * and the structure a chemistry node parsed from it, so the API stays free of any toolkit and a
 * molecule is parsed once per run, not once per node. A JSON cell holds JSON text.
 */
public enum ColumnType {
    STRING(String.class),
    INTEGER(Long.class),
    DOUBLE(Double.class),
    BOOLEAN(Boolean.class),
    MOLECULE(Molecule.class),
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
