package org.retort.node.chem.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

class StandardizeValenceTest {

    private static java.util.List<String> problems(String smiles) throws Exception {
        return Valence.problems(Structures.parse(Molecule.smiles(smiles)));
    }

    @Test
    void pentavalentCarbonIsReportedWithItsAtom() throws Exception {
        assertThat(problems("C(C)(C)(C)(C)C")).containsExactly("valence 5 on C at atom 1 (at most 4)");
    }

    @Test
    void neutralTetravalentNitrogenAndTrivalentOxygenAreImpossible() throws Exception {
        // as SMILES, an organic-subset N with four bonds gets a hydrogen (valence 5)
        assertThat(problems("CN(C)(C)C")).containsExactly("valence 5 on N at atom 2 (at most 3)");
        assertThat(problems("C[N-](C)(C)C")).containsExactly("valence 4 on N- at atom 2 (at most 2)");
        assertThat(problems("CCO1=O=C1")).hasSize(2);
        assertThat(problems("F[P](F)(F)(F)(F)F")).containsExactly("valence 6 on P at atom 2 (at most 5)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C[N+](C)(C)C", "[NH4+]", "CC(=O)[O-]", "[O-][N+](=O)c1ccccc1", "CS(=O)(=O)C", "[O-]Cl(=O)(=O)=O",
            "F[P-](F)(F)(F)(F)F", "F[B-](F)(F)F", "C[S+](C)C", "[Cl-]", "[H+]", "C[O+](C)C", "Ic1ccccc1I(=O)=O", "CC[Hg]Cl", "[CH3-]", "O=[Cu]=O"})
    void possibleValencesAndUncheckedElementsPass(String smiles) throws Exception {
        assertThat(problems(smiles)).isEmpty();
    }
}
