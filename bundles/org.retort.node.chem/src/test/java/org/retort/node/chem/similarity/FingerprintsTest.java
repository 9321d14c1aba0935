package org.retort.node.chem.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retort.node.chem.interference.TestNodes.column;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.node.chem.interference.TestNodes;

class FingerprintsTest {

    private static final Table IN = TestNodes.molecules("CC(=O)Oc1ccccc1C(=O)O", "aspirin", "C1CC(", "broken", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "caffeine");

    @Test
    void addsAJsonArrayOfOnBitsAndFailsUnparseableMolecules() throws Exception {
        Table out = new Fingerprints().process(IN, new Fingerprints.Params("", FingerprintType.ECFP4, 1024, false), TestNodes.context());
        assertThat(out.schema().names()).containsExactly("molecule", "name", "ecfp4_1024");
        assertThat(column(out, "ecfp4_1024")).allSatisfy(json -> assertThat((String) json).matches("\\[\\d+(,\\d+)*]"));
        assertThat(out.failedRows()).extracting(Row::recordNumber).containsExactly(2L);
        assertThat(out.size()).isEqualTo(3);
    }

    @Test
    void expandsIntoOneZeroOrOneColumnPerBitMatchingTheJson() throws Exception {
        Table out = new Fingerprints().process(IN, new Fingerprints.Params("molecule", FingerprintType.MACCS, 512, true), TestNodes.context());
        assertThat(out.schema().size()).isEqualTo(2 + 1 + 166);
        assertThat(out.schema().names()).contains("maccs", "maccs_0", "maccs_165");
        Row aspirin = out.goodRows().get(0);
        String json = (String) aspirin.get(2);
        for (int bit = 0; bit < 166; bit++) {
            assertThat(aspirin.get(3 + bit)).isEqualTo(json.matches(".*[\\[,]" + bit + "[,\\]].*") ? 1L : 0L);
        }
    }

    @Test
    void refusesToExpandMoreThan2048Bits() {
        assertThatThrownBy(() -> new Fingerprints().configure(Map.of("in", TestNodes.MOLECULES), new Fingerprints.Params("", FingerprintType.ECFP6, 4096, true)))
                .hasMessageContaining("at most 2048");
        assertThat(new Fingerprints().configure(Map.of("in", TestNodes.MOLECULES), new Fingerprints.Params("", FingerprintType.PUBCHEM, 4096, false))
                .get("out").names()).endsWith("pubchem");
    }
}
