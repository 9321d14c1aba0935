package org.retort.api.node;

/**
 * What a port carries. Everything that flows is a table; the port type says which kind:
 * <ul>
 * <li>{@link #MOLECULES}: a table with at least one {@code MOLECULE} column;</li>
 * <li>{@link #TABLE}: any table;</li>
 * <li>{@link #MODEL}: a table describing trained models (one row per model);</li>
 * <li>{@link #FILE}: a table with a {@code path} column, one row per file.</li>
 * </ul>
 */
public enum PortType {
    MOLECULES, TABLE, MODEL, FILE;

    /**
     * Whether an output of this type may be connected to an input of type {@code input}. A molecule
     * table is a table, so it may feed a table input; a plain table may not feed a molecule input.
     */
    public boolean canFeed(PortType input) {
        return this == input || (this == MOLECULES && input == TABLE);
    }
}
