package org.retort.node.chem.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retort.node.chem.interference.TestNodes.column;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.node.chem.interference.TestNodes;

class SimilarityTest {

    private static final String ASPIRIN = "CC(=O)Oc1ccccc1C(=O)O";

    private static final Table IN = TestNodes.molecules(
            "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "caffeine",
            "CC(=O)Oc1ccccc1C(=O)OC", "methyl acetylsalicylate",
            "C1CC(", "broken",
            ASPIRIN, "aspirin",
            "OC(=O)c1ccccc1O", "salicylic acid");

    private static Similarity.Params query(String smiles, double threshold, int topK) {
        return new Similarity.Params("", smiles, "", "", FingerprintType.ECFP4, 2048, threshold, topK);
    }

    private static Map<String, Table> run(Map<String, Table> inputs, Similarity.Params params) throws Exception {
        return new Similarity().process(inputs, params, TestNodes.context());
    }

    @Test
    void ranksByTanimotoToTheQueryMostSimilarFirst() throws Exception {
        Table out = run(Map.of("in", IN), query(ASPIRIN, 0, 0)).get("out");
        assertThat(column(out, "name")).containsExactly("aspirin", "methyl acetylsalicylate", "salicylic acid", "caffeine");
        List<Object> similarity = column(out, "similarity");
        assertThat(similarity.get(0)).isEqualTo(1.0);
        assertThat((Double) similarity.get(3)).isLessThan(0.2);
        assertThat(out.failedRows()).extracting(Row::recordNumber).containsExactly(3L);
    }

    @Test
    void thresholdAndTopKCutTheList() throws Exception {
        assertThat(column(run(Map.of("in", IN), query(ASPIRIN, 0.3, 0)).get("out"), "name")).doesNotContain("caffeine").contains("aspirin");
        Table top2 = run(Map.of("in", IN), query(ASPIRIN, 0, 2)).get("out");
        assertThat(column(top2, "name")).containsExactly("aspirin", "methyl acetylsalicylate");
        assertThat(top2.failedRows()).hasSize(1);
    }

    @Test
    void findsTheNearestNeighbourInAReferenceTable() throws Exception {
        Table reference = TestNodes.molecules("CN1C(=O)N(C)c2ncn(C)c2C1=O", "ref-caffeine", "OC(=O)c1ccccc1O", "ref-salicylic", "C1CC(", "ref-broken");
        var params = new Similarity.Params("", "", "", "name", FingerprintType.MACCS, 0, 0, 0);
        Table out = run(Map.of("in", IN, "reference", reference), params).get("out");
        assertThat(out.schema().names()).endsWith("similarity", "nearest_reference");
        int name = out.schema().index("name");
        int nearest = out.schema().index("nearest_reference");
        assertThat(out.goodRows()).filteredOn(r -> r.get(name).equals("caffeine")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get(nearest)).isEqualTo("ref-caffeine");
                    assertThat(r.number(nearest - 1)).isEqualTo(1.0);
                });
        assertThat(out.goodRows()).filteredOn(r -> r.get(name).equals("salicylic acid")).singleElement()
                .satisfies(r -> assertThat(r.get(nearest)).isEqualTo("ref-salicylic"));
    }

    @Test
    void configureRefusesAMissingOrInvalidQueryAndAmbiguousSettings() {
        var node = new Similarity();
        assertThatThrownBy(() -> node.configure(Map.of("in", TestNodes.MOLECULES), query("", 0, 0))).hasMessageContaining("give a query SMILES");
        assertThatThrownBy(() -> node.configure(Map.of("in", TestNodes.MOLECULES), query("C1CC(", 0, 0))).hasMessageContaining("invalid query SMILES 'C1CC('");
        assertThatThrownBy(() -> node.configure(Map.of("in", TestNodes.MOLECULES, "reference", TestNodes.MOLECULES), query(ASPIRIN, 0, 0)))
                .hasMessageContaining("not both");
        assertThat(node.configure(Map.of("in", TestNodes.MOLECULES), query(ASPIRIN, 0, 0)).get("out").names()).endsWith("similarity");
    }
}
