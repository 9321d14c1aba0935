package org.retort.node.table;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.node.table.SelectColumns.Mode;

class SelectColumnsTest {

    private static Table select(Table chunk, String columns, Mode mode) {
        return new SelectColumns().process(chunk, new SelectColumns.Params(columns, mode), new RecordingContext());
    }

    @Test
    void keepWritesTheListedColumnsInTheListedOrderRenamingWithAs() {
        Table out = select(Triage.table(), " id, smiles ,p_activity AS pIC50,  le as LE", Mode.KEEP);
        assertThat(out.schema()).isEqualTo(Schema.of(Column.of("id", ColumnType.STRING), Column.of("smiles", ColumnType.MOLECULE),
                Column.of("pIC50", ColumnType.DOUBLE), Column.of("LE", ColumnType.DOUBLE)));
        Row gefitinib = out.rows().get(1);
        assertThat(gefitinib.recordNumber()).isEqualTo(2);
        assertThat(gefitinib.values()).containsExactly(Triage.GEFITINIB,
                Molecule.smiles("COc1cc2ncnc(Nc3ccc(F)c(Cl)c3)c2cc1OCCCN1CCOCC1"), 8.52, 0.38);
        assertThat(out.rows().get(4).values()).containsExactly(Triage.ASPIRIN, Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O"), null, null);
    }

    @Test
    void keepMayReorderAndCopyAColumnUnderASecondName() {
        Table out = select(Triage.table(), "smiles, id, id as compound_id", Mode.KEEP);
        assertThat(out.schema().names()).containsExactly("smiles", "id", "compound_id");
        assertThat(out.rows().get(0).values()).containsExactly(Triage.ROWS.get(0).get(1), Triage.IMATINIB, Triage.IMATINIB);
    }

    @Test
    void dropRemovesTheListedColumnsAndKeepsTheOthersInPlace() {
        Table out = select(Triage.table(), "heavy_atoms, pains_families", Mode.DROP);
        assertThat(out.schema().names()).containsExactly("id", "smiles", "p_activity", "le", "pains_pass");
        assertThat(out.rows().get(2).values()).containsExactly(Triage.RHODANINE, Triage.ROWS.get(2).get(1), 5.85, 0.57, false);
    }

    @Test
    void renameKeepsEveryColumnInPlace() {
        Table out = select(Triage.table(), "p_activity as pIC50, le as LE", Mode.RENAME);
        assertThat(out.schema().names()).containsExactly("id", "smiles", "pIC50", "heavy_atoms", "LE", "pains_pass", "pains_families");
        assertThat(out.rows()).isEqualTo(Triage.table().rows());
    }

    @Test
    void aColumnWhoseNameContainsAsIsFoundByItsWholeName() {
        Schema schema = Schema.of(Column.of("smiles", ColumnType.MOLECULE), Column.of("tested as salt", ColumnType.BOOLEAN));
        Table table = new Table(schema, List.of(Row.of(1, Molecule.smiles("CCO"), true)));
        assertThat(select(table, "smiles, tested as salt", Mode.KEEP).schema()).isEqualTo(schema);
        assertThat(select(table, "smiles, tested as salt as salt", Mode.KEEP).schema().names()).containsExactly("smiles", "salt");
    }

    @Test
    void rowsThatFailedUpstreamKeepTheirInputValuesForTheFailureReport() {
        Table out = select(Triage.withFailedRow(), "id, smiles", Mode.KEEP);
        assertThat(out.goodRows()).hasSize(6).allSatisfy(r -> assertThat(r.values()).hasSize(2));
        assertThat(out.failedRows()).containsExactly(Triage.withFailedRow().rows().get(6));
    }

    @Test
    void configureGivesTheOutputSchemaAndNamesWhatIsWrong() {
        assertThat(configure("id as compound, smiles", Mode.KEEP))
                .isEqualTo(Schema.of(Column.of("compound", ColumnType.STRING), Column.of("smiles", ColumnType.MOLECULE)));
        assertProblem("id, pIC50, smiles", Mode.KEEP, "'pIC50': no column 'pIC50' (columns: [id, smiles, p_activity");
        assertProblem("id, p_activity as id, smiles", Mode.KEEP, "two output columns would be called 'id'");
        assertProblem("p_activity as le", Mode.RENAME, "two output columns would be called 'le'");
        assertProblem("le, p_activity as potency", Mode.DROP, "'p_activity as potency': mode DROP removes columns");
        assertProblem("p_activity as p, le", Mode.RENAME, "'le': mode RENAME takes one 'old as new' entry per column");
        assertProblem("p_activity as a, p_activity as b", Mode.RENAME, "'p_activity as b': mode RENAME takes one");
        assertProblem("id,, smiles", Mode.KEEP, "has an empty entry");
        assertProblem("  ", Mode.KEEP, "list the columns");
        assertProblem("id, p_activity", Mode.KEEP, "keep a molecule column (one of [smiles])");
        assertProblem("smiles", Mode.DROP, "keep a molecule column");
        assertProblem("id, smiles, p_activity, heavy_atoms, le, pains_pass, pains_families", Mode.DROP, "no column would be left");
    }

    @Test
    void theSameChecksGuardProcessing() {
        assertThatThrownBy(() -> select(Triage.table(), "id, potency", Mode.KEEP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column 'potency'");
    }

    private static Schema configure(String columns, Mode mode) {
        return new SelectColumns().configure(Map.of("in", Triage.SCHEMA), new SelectColumns.Params(columns, mode)).get("out");
    }

    private static void assertProblem(String columns, Mode mode, String message) {
        assertThatThrownBy(() -> configure(columns, mode)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
