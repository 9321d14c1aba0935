package org.retort.node.chem.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.retort.node.chem.interference.TestNodes.column;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.node.chem.interference.TestNodes;

class LigandEfficiencyTest {

    private static final Schema ACTIVITIES = Schema.of(Column.of("molecule", ColumnType.MOLECULE), Column.of("id", ColumnType.STRING),
            Column.of("p_ic50", ColumnType.DOUBLE), Column.of("value", ColumnType.STRING), Column.of("unit", ColumnType.STRING));

    private static LigandEfficiency.Params params(String value, LigandEfficiency.Values values, String unitColumn) {
        return new LigandEfficiency.Params("", value, values, unitColumn, ActivityUnit.NANOMOLAR, "", ActivityType.IC50,
                Npol.N_PLUS_O, Nbei.PACT_PLUS_LOG_HA, 1.37);
    }

    /** The 100 ChEMBL compounds; the pIC50 also written back as a concentration, every third one in µM. */
    static Table chembl() throws Exception {
        var rows = new ArrayList<Row>();
        try (InputStream in = LigandEfficiencyTest.class.getResourceAsStream("chembl2321810_first100.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].strip().split(",");
                double p = Double.parseDouble(f[2]);
                boolean micro = i % 3 == 0;
                double value = Math.pow(10, (micro ? 6 : 9) - p);
                rows.add(Row.of(i, Molecule.smiles(f[0]), f[1], p, Double.toString(value), micro ? "uM" : "nM"));
            }
        }
        return new Table(ACTIVITIES, rows);
    }

    @Test
    void givesTheSameIndicesFromPActivitiesAndFromConcentrationsInMixedUnits() throws Exception {
        Table in = chembl();
        Table fromP = new LigandEfficiency().process(in, params("p_ic50", LigandEfficiency.Values.P_ACTIVITY, ""), TestNodes.context());
        Table fromC = new LigandEfficiency().process(in, params("value", LigandEfficiency.Values.CONCENTRATION, "unit"), TestNodes.context());

        assertThat(fromP.failedRows()).isEmpty();
        assertThat(fromC.failedRows()).isEmpty();
        assertThat(fromP.schema().names()).endsWith("activity_type", "p_activity", "le", "bei", "sei", "nsei", "nbei", "lle_xlogp");
        for (String index : List.of("p_activity", "le", "bei", "sei", "nsei", "nbei", "lle_xlogp")) {
            List<Object> p = column(fromP, index);
            List<Object> c = column(fromC, index);
            assertThat(p).hasSize(100);
            for (int i = 0; i < p.size(); i++) {
                assertThat((Double) c.get(i)).as(index).isCloseTo((Double) p.get(i), within(1e-9));
            }
        }
        assertThat(column(fromP, "activity_type")).containsOnly("IC50");
        int id = fromP.schema().index("id");
        Row r1520338 = fromP.goodRows().stream().filter(r -> r.get(id).equals("1520338")).findFirst().orElseThrow();
        int le = fromP.schema().index("le");
        int nbei = fromP.schema().index("nbei");
        assertThat(r1520338.number(le)).isCloseTo(0.26455, within(5e-5)); // 1.37 × 5.60 / 29, see EfficiencyIndicesTest
        assertThat(r1520338.number(nbei)).isCloseTo(7.06240, within(5e-5));
        assertThat(column(fromP, "le")).allSatisfy(v -> assertThat((Double) v).isBetween(0.2, 0.4));
    }

    @Test
    void badValuesUnitsAndMoleculesFailTheirRowWithTheReasonAndNothingIsLost() {
        Molecule aspirin = Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O");
        Table in = new Table(ACTIVITIES, List.of(
                Row.of(1, aspirin, "ok", 0.0, "100", "nM"),
                Row.of(2, aspirin, "bad unit", 0.0, "100", "ug/mL"),
                Row.of(3, aspirin, "zero", 0.0, "0", "nM"),
                Row.of(4, aspirin, "negative", 0.0, "-3", "uM"),
                Row.of(5, aspirin, "censored", 0.0, ">10000", "nM"),
                Row.of(6, Molecule.smiles("C1CC("), "broken", 0.0, "100", "nM"),
                Row.of(7, aspirin, "no unit", 0.0, "100", null),
                Row.of(8, aspirin, "µM", 0.0, "1", "\u00b5M")));
        Table out = new LigandEfficiency().process(in, params("value", LigandEfficiency.Values.CONCENTRATION, "unit"), TestNodes.context());

        assertThat(out.size()).isEqualTo(in.size());
        assertThat(column(out, "p_activity")).containsExactly(7.0, 6.0);
        assertThat(out.failedRows()).extracting(Row::error).satisfiesExactly(
                e -> assertThat(e).contains("unknown unit 'ug/mL'"),
                e -> assertThat(e).contains("not positive"),
                e -> assertThat(e).contains("not positive"),
                e -> assertThat(e).contains("'>10000' is not a number"),
                e -> assertThat(e).contains("C1CC("),
                e -> assertThat(e).contains("no unit"));
    }

    @Test
    void aFixedUnitAndATypeColumnAreUsedWhenGiven() {
        Schema schema = Schema.of(Column.of("m", ColumnType.MOLECULE), Column.of("ki", ColumnType.INTEGER), Column.of("type", ColumnType.STRING));
        Table in = new Table(schema, List.of(Row.of(1, Molecule.smiles("c1ccccc1O"), 10L, "Ki")));
        var params = new LigandEfficiency.Params("m", "ki", LigandEfficiency.Values.CONCENTRATION, "", ActivityUnit.MICROMOLAR, "type",
                ActivityType.IC50, Npol.HBD_PLUS_HBA, Nbei.PACT_PER_HA, 1.37);
        Table out = new LigandEfficiency().process(in, params, TestNodes.context());
        assertThat(out.schema().names()).contains("nsei_hbd_hba", "nbei_per_ha").doesNotContain("nsei", "nbei");
        assertThat(column(out, "activity_type")).containsExactly("Ki");
        assertThat(column(out, "p_activity")).containsExactly(5.0);
        assertThat(column(out, "nsei_hbd_hba")).containsExactly(5.0 / 2); // phenol: one O, one H on it
        assertThat(column(out, "nbei_per_ha")).containsExactly(5.0 / 7);
    }

    @Test
    void configureChecksTheColumnsAtDesignTime() {
        var node = new LigandEfficiency();
        assertThat(node.configure(Map.of("in", ACTIVITIES), params("value", LigandEfficiency.Values.CONCENTRATION, "unit")).get("out").names())
                .endsWith("lle_xlogp");
        assertThatThrownBy(() -> node.configure(Map.of("in", ACTIVITIES), params("missing", LigandEfficiency.Values.CONCENTRATION, "")))
                .hasMessageContaining("no column 'missing'");
        assertThatThrownBy(() -> node.configure(Map.of("in", ACTIVITIES), params("p_ic50", LigandEfficiency.Values.P_ACTIVITY, "p_ic50")))
                .hasMessageContaining("'p_ic50' holds DOUBLE");
        assertThatThrownBy(() -> node.configure(Map.of("in", ACTIVITIES), params("molecule", LigandEfficiency.Values.P_ACTIVITY, "")))
                .hasMessageContaining("'molecule' holds MOLECULE");
    }
}
