package org.retort.node.chem.interference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;

/** Test support shared by the chemistry node tests: a node context and molecule tables. */
public final class TestNodes {

    /** Columns {@code molecule} (MOLECULE) and {@code name} (STRING). */
    public static final Schema MOLECULES = Schema.of(Column.of("molecule", ColumnType.MOLECULE), Column.of("name", ColumnType.STRING));

    private TestNodes() {
    }

    /** A table of {@link #MOLECULES}; arguments alternate SMILES and name; record numbers count from 1. */
    public static Table molecules(String... smilesAndNames) {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < smilesAndNames.length; i += 2) {
            rows.add(Row.of(i / 2 + 1, Molecule.smiles(smilesAndNames[i]), smilesAndNames[i + 1]));
        }
        return new Table(MOLECULES, rows);
    }

    /** A node context that ignores counters and logs. */
    public static NodeContext context() {
        return new NodeContext() {
            public String nodeId() {
                return "test";
            }

            public int chunkSize() {
                return 1000;
            }

            public boolean cancelled() {
                return false;
            }

            public void count(String name, long delta) {
            }

            public void info(String message) {
            }

            public void warn(String message) {
            }

            public Path workDirectory() {
                return Path.of("target");
            }
        };
    }

    /** The value of column {@code name} in every row that did not fail. */
    public static List<Object> column(Table table, String name) {
        int i = table.schema().index(name);
        return table.goodRows().stream().map(r -> r.get(i)).toList();
    }
}
