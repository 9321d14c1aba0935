package org.retort.node.chem.interference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retort.node.chem.interference.TestNodes.column;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

class PainsTest {

    private static final Pains.Params ALL = new Pains.Params("", true, true, true);

    @Test
    void flagsAlertsFamiliesAndNamesAndPassesCleanMolecules() {
        Table in = TestNodes.molecules(
                "CC(=O)Oc1ccccc1C(=O)O", "aspirin",
                "O=C1/C(=C/c2ccccc2)SC(=S)N1", "benzylidene rhodanine",
                "Oc1ccccc1O", "catechol");
        Table out = new Pains().process(in, ALL, TestNodes.context());

        assertThat(out.schema().names()).containsExactly("molecule", "name", "pains_alerts", "pains_families", "pains_names", "pains_pass");
        assertThat(column(out, "pains_pass")).containsExactly(true, false, false);
        assertThat(column(out, "pains_alerts").get(0)).isEqualTo(0L);
        assertThat((String) column(out, "pains_names").get(1)).contains("ene_rhod_A");
        assertThat((String) column(out, "pains_families").get(1)).startsWith("A");
        assertThat(column(out, "pains_names").get(2)).isEqualTo("catechol_A");
        assertThat(column(out, "pains_families").get(2)).isEqualTo("B");
        assertThat(column(out, "pains_families").get(0)).isEqualTo("");
    }

    @Test
    void familyChoiceLimitsTheAlerts() {
        Table in = TestNodes.molecules("Oc1ccccc1O", "catechol");
        Table out = new Pains().process(in, new Pains.Params("molecule", true, false, true), TestNodes.context());
        assertThat(column(out, "pains_pass")).containsExactly(true);
    }

    @Test
    void unparseableMoleculesFailWithTheReasonAndNothingIsLost() {
        Table in = TestNodes.molecules("CC(=O)Oc1ccccc1C(=O)O", "aspirin", "C1CC(", "broken", "", "empty", "c1cccc1", "bad aromatic");
        Table out = new Pains().process(in, ALL, TestNodes.context());
        assertThat(out.goodRows()).hasSize(1);
        assertThat(out.failedRows()).hasSize(3);
        assertThat(out.failedRows()).extracting(r -> r.recordNumber()).containsExactly(2L, 3L, 4L);
        assertThat(out.failedRows().get(0).error()).contains("C1CC(");
        assertThat(out.size()).isEqualTo(in.size());
    }

    @Test
    void configureAddsTheFourColumnsAndRefusesBadSettings() {
        Map<String, Schema> out = new Pains().configure(Map.of("in", TestNodes.MOLECULES), ALL);
        assertThat(out.get("out").names()).endsWith("pains_alerts", "pains_families", "pains_names", "pains_pass");
        assertThatThrownBy(() -> new Pains().configure(Map.of("in", TestNodes.MOLECULES), new Pains.Params("name", true, true, true)))
                .hasMessageContaining("'name' holds STRING");
        assertThatThrownBy(() -> new Pains().configure(Map.of("in", TestNodes.MOLECULES), new Pains.Params("", false, false, false)))
                .hasMessageContaining("at least one PAINS family");
        assertThatThrownBy(() -> new Pains().configure(Map.of("in", Schema.of(Column.of("id", ColumnType.STRING))), ALL))
                .hasMessageContaining("no molecule column");
    }
}
