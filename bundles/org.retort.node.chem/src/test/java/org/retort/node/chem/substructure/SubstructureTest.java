package org.retort.node.chem.substructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retort.node.chem.interference.TestNodes.column;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.node.chem.interference.TestNodes;

class SubstructureTest {

    private static final String ACID = "C(=O)[OH]";

    private static Table input() {
        return TestNodes.molecules("CC(=O)Oc1ccccc1C(=O)O", "aspirin", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "caffeine",
                "C1CC(", "broken", "CC(C)Cc1ccc(cc1)C(C)C(=O)O", "ibuprofen");
    }

    private static Substructure.Params params(Substructure.Keep keep, boolean depiction) {
        return new Substructure.Params("", ACID, keep, depiction, 300);
    }

    @Test
    void annotatesEveryMoleculeAndFailsUnparseableOnes() {
        Table out = new Substructure().process(input(), params(Substructure.Keep.ALL, false), TestNodes.context());
        assertThat(out.schema().names()).endsWith("substructure_match", "substructure_count", "matched_atoms");
        assertThat(column(out, "name")).containsExactly("aspirin", "caffeine", "ibuprofen");
        assertThat(column(out, "substructure_match")).containsExactly(true, false, true);
        assertThat(column(out, "substructure_count")).containsExactly(1L, 0L, 1L);
        assertThat(column(out, "matched_atoms")).containsExactly("[[10,11,12]]", "[]", "[[12,13,14]]");
        assertThat(out.failedRows()).singleElement().satisfies(r -> {
            assertThat(r.recordNumber()).isEqualTo(3);
            assertThat(r.error()).contains("C1CC(");
        });
        assertThat(out.size()).isEqualTo(4);
    }

    @Test
    void keepsOnlyMatchingOrNonMatchingMoleculesButNeverDropsFailedOnes() {
        Table matching = new Substructure().process(input(), params(Substructure.Keep.MATCHING, false), TestNodes.context());
        Table nonmatching = new Substructure().process(input(), params(Substructure.Keep.NONMATCHING, false), TestNodes.context());
        assertThat(column(matching, "name")).containsExactly("aspirin", "ibuprofen");
        assertThat(column(nonmatching, "name")).containsExactly("caffeine");
        assertThat(matching.failedRows()).extracting(Row::recordNumber).containsExactly(3L);
        assertThat(nonmatching.failedRows()).extracting(Row::recordNumber).containsExactly(3L);
    }

    @Test
    void addsADepictionColumnWhenAsked() {
        Table out = new Substructure().process(input(), params(Substructure.Keep.ALL, true), TestNodes.context());
        assertThat(out.schema().names()).endsWith("depiction_svg");
        assertThat(column(out, "depiction_svg")).allSatisfy(svg -> assertThat((String) svg).startsWith("<?xml").contains("<svg"));
    }

    @Test
    void anInvalidSmartsIsRefusedAtDesignTime() {
        assertThatThrownBy(() -> new Substructure().configure(Map.of("in", TestNodes.MOLECULES),
                new Substructure.Params("", "C(=O", Substructure.Keep.ALL, false, 300)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid SMARTS 'C(=O'");
        assertThat(new Substructure().configure(Map.of("in", TestNodes.MOLECULES), params(Substructure.Keep.ALL, true)).get("out").names())
                .containsExactly("molecule", "name", "substructure_match", "substructure_count", "matched_atoms", "depiction_svg");
    }
}
