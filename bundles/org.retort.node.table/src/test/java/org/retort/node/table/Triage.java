package org.retort.node.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

/**
 * A compound-triage table as it reaches the table nodes: bioactivities with ligand efficiency
 * (LE = 1.37 pIC50 / heavy atoms, kcal/mol per heavy atom) and PAINS flags. Aspirin was not measured.
 */
final class Triage {

    static final Schema SCHEMA = Schema.of(
            Column.of("id", ColumnType.STRING),
            Column.of("smiles", ColumnType.MOLECULE),
            Column.of("p_activity", ColumnType.DOUBLE),
            Column.of("heavy_atoms", ColumnType.INTEGER),
            Column.of("le", ColumnType.DOUBLE),
            Column.of("pains_pass", ColumnType.BOOLEAN),
            Column.of("pains_families", ColumnType.STRING));

    static final String IMATINIB = "CHEMBL941";
    static final String GEFITINIB = "CHEMBL939";
    static final String RHODANINE = "benzylidene-rhodanine";
    static final String CATECHOL = "4-methylcatechol";
    static final String ASPIRIN = "CHEMBL25";
    static final String ERLOTINIB = "CHEMBL553";

    static final List<Row> ROWS = List.of(
            Row.of(1, IMATINIB, Molecule.smiles("Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1"), 7.40, 37L, 0.27, true, ""),
            Row.of(2, GEFITINIB, Molecule.smiles("COc1cc2ncnc(Nc3ccc(F)c(Cl)c3)c2cc1OCCCN1CCOCC1"), 8.52, 31L, 0.38, true, ""),
            Row.of(3, RHODANINE, Molecule.smiles("O=C1NC(=S)S/C1=C/c1ccccc1"), 5.85, 14L, 0.57, false, "A"),
            Row.of(4, CATECHOL, Molecule.smiles("Cc1ccc(O)c(O)c1"), 5.10, 9L, 0.78, false, "A"),
            Row.of(5, ASPIRIN, Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O"), null, 13L, null, true, ""),
            Row.of(6, ERLOTINIB, Molecule.smiles("COCCOc1cc2ncnc(Nc3cccc(C#C)c3)c2cc1OCCOC"), 8.52, 29L, 0.40, true, ""));

    private Triage() {
    }

    /** The six compounds. */
    static Table table() {
        return new Table(SCHEMA, ROWS);
    }

    /** The six compounds and, last, a row an earlier node failed (its pIC50 would win every ranking). */
    static Table withFailedRow() {
        var rows = new ArrayList<>(ROWS);
        rows.add(Row.of(7, "CHEMBL-bad", Molecule.smiles("C1CC"), 99.0, 3L, 45.0, true, "").fail("unclosed ring"));
        return new Table(SCHEMA, rows);
    }

    /** The inputs of a barrier node fed with {@code table}. */
    static Map<String, Table> in(Table table) {
        return Map.of("in", table);
    }

    /** The ids of the good rows, in order. */
    static List<String> ids(Table table) {
        return table.goodRows().stream().map(r -> r.string(0)).toList();
    }
}
