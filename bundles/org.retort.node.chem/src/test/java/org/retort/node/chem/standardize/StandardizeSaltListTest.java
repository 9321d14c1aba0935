package org.retort.node.chem.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

class StandardizeSaltListTest {

    private static SaltList.Salt match(String smiles) throws Exception {
        return SaltList.rdkit().match(Structures.parse(Molecule.smiles(smiles)));
    }

    @Test
    void loadsRdkitsFifteenDefinitionsWithTheirNames() {
        assertThat(SaltList.rdkit().salts()).hasSize(15);
        assertThat(SaltList.rdkit().salts()).extracting(SaltList.Salt::name).contains("[Cl,Br,I]", "TFA", "Fumarate/Maleate", "p-Toluene sulfonate");
    }

    @Test
    void matchesWholeFragmentsWhateverTheirCharge() throws Exception {
        assertThat(match("[Na+]").smarts()).isEqualTo("[Li,Na,K,Ca,Mg]");
        assertThat(match("[Cl-]").smarts()).isEqualTo("[Cl,Br,I]");
        assertThat(match("Cl").smarts()).isEqualTo("[Cl,Br,I]");
        assertThat(match("CC(=O)[O-]").name()).isEqualTo("Acetic acid");
        assertThat(match("OC(=O)C(F)(F)F").name()).isEqualTo("TFA");
        assertThat(match("O").smarts()).isEqualTo("[O,N]");
    }

    @Test
    void doesNotMatchAFragmentThatOnlyContainsASalt() throws Exception {
        assertThat(match("CCC(=O)O")).isNull();
        assertThat(match("ClCCl")).isNull();
        assertThat(match("CC(=O)Oc1ccccc1C(=O)O")).isNull();
    }

    @Test
    void parsesTheFileFormat() {
        SaltList list = SaltList.parse(List.of("// comment", "", "[Cl,Br,I]", "[CH3]C(=O)O\t  Acetic acid"));
        assertThat(list.salts()).extracting(SaltList.Salt::name).containsExactly("[Cl,Br,I]", "Acetic acid");
    }
}
