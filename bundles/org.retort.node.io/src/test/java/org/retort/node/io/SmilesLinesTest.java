package org.retort.node.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmilesLinesTest {

    @Test
    void splitsTheSmilesFromTheRestOfTheLine() {
        assertThat(SmilesLines.parse("CC(=O)O\tacetic acid 99%")).isEqualTo(new SmilesLines.Line("CC(=O)O", "acetic acid 99%", null));
        assertThat(SmilesLines.parse("c1ccccc1")).isEqualTo(new SmilesLines.Line("c1ccccc1", "", null));
        assertThat(SmilesLines.parse("C1CC(  unparseable")).isEqualTo(new SmilesLines.Line("C1CC(", "unparseable", null));
    }

    @Test
    void aLineStartingWithWhiteSpaceHasAnEmptySmilesField() {
        SmilesLines.Line line = SmilesLines.parse("\tNSC-123");
        assertThat(line.failed()).isTrue();
        assertThat(line.name()).isEqualTo("NSC-123");
        assertThat(line.error()).contains("empty SMILES");
    }

    @Test
    void recognisesHeaderLinesByTheirFirstField() {
        assertThat(SmilesLines.looksLikeHeader("SMILES\tName")).isTrue();
        assertThat(SmilesLines.looksLikeHeader("canonical_smiles id")).isTrue();
        assertThat(SmilesLines.looksLikeHeader("Canonical SMILES")).isFalse();
        assertThat(SmilesLines.looksLikeHeader("CCO ethanol")).isFalse();
        assertThat(SmilesLines.isSmilesHeader("Canonical-SMILES")).isTrue();
    }
}
