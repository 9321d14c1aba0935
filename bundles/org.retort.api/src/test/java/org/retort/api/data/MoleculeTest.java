package org.retort.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MoleculeTest {

    private static final String ETHANOL_MOLFILE = """

              Retort

              3  2  0  0  0  0  0  0  0  0999 V2000
                0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                1.2990    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                2.5981   -0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0
              1  2  1  0
              2  3  1  0
            M  END
            """;

    @Test
    void tellsTheFormatFromTheText() {
        assertThat(Molecule.of("CCO").format()).isEqualTo(Molecule.Format.SMILES);
        assertThat(Molecule.of(ETHANOL_MOLFILE).format()).isEqualTo(Molecule.Format.MOLFILE);
    }

    @Test
    void parsesOnceAndKeepsTheStructureForLaterNodes() throws Exception {
        Molecule aspirin = Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O");
        AtomicInteger parses = new AtomicInteger();
        Molecule.Parser<StringBuilder> parser = m -> {
            parses.incrementAndGet();
            return new StringBuilder(m.text());
        };
        StringBuilder first = aspirin.structure(StringBuilder.class, parser);
        StringBuilder second = aspirin.structure(StringBuilder.class, parser);
        assertThat(second).isSameAs(first);
        assertThat(parses).hasValue(1);
    }

    @Test
    void aFailedParseIsThrownAndNotKept() throws Exception {
        Molecule broken = Molecule.smiles("C1CC(");
        assertThatThrownBy(() -> broken.structure(String.class, m -> {
            throw new IllegalArgumentException("unclosed ring");
        })).hasMessage("unclosed ring");
        assertThat(broken.structure(String.class, m -> "parsed later")).isEqualTo("parsed later");
    }

    @Test
    void theTextAloneDefinesTheValue() {
        Molecule parsed = Molecule.of("CCO", Molecule.Format.SMILES, new Object());
        assertThat(parsed).isEqualTo(Molecule.smiles("CCO")).hasSameHashCodeAs(Molecule.smiles("CCO"));
        assertThat(parsed.toString()).isEqualTo("CCO");
        assertThat(Molecule.smiles("CCO")).isNotEqualTo(Molecule.smiles("OCC"));
    }

    @Test
    void aMoleculeColumnHoldsMolecules() {
        assertThat(ColumnType.MOLECULE.accepts(Molecule.smiles("CCO"))).isTrue();
        assertThat(ColumnType.MOLECULE.accepts("CCO")).isFalse();
    }
}
