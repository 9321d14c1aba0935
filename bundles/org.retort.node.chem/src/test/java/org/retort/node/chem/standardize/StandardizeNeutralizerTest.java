package org.retort.node.chem.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

class StandardizeNeutralizerTest {

    private IAtomContainer structure;

    private List<String> neutralize(String smiles) throws Exception {
        structure = Structures.parse(Molecule.smiles(smiles));
        return Neutralizer.neutralize(structure, atom -> structure.indexOf(atom) + 1);
    }

    private String smiles() throws Exception {
        Structures.prepare(structure);
        return Fragments.smiles(structure);
    }

    private String canonical(String smiles) throws Exception {
        return Fragments.smiles(Structures.parse(Molecule.smiles(smiles)));
    }

    @Test
    void protonatedAmineGivesUpItsProton() throws Exception {
        assertThat(neutralize("C[NH+](C)CCc1ccccc1")).containsExactly("neutralized N+ at atom 2 (removed 1 H+)");
        assertThat(smiles()).isEqualTo(canonical("CN(C)CCc1ccccc1"));
    }

    @Test
    void carboxylateTakesAProton() throws Exception {
        assertThat(neutralize("CC(=O)[O-]")).containsExactly("neutralized O- at atom 4 (added 1 H+)");
        assertThat(smiles()).isEqualTo(canonical("CC(=O)O"));
    }

    @Test
    void aminoAcidZwitterionBecomesNeutral() throws Exception {
        assertThat(neutralize("[NH3+]CC(=O)[O-]")).hasSize(2);
        assertThat(smiles()).isEqualTo(canonical("NCC(=O)O"));
        assertThat(AtomContainerManipulator.getTotalFormalCharge(structure)).isZero();
    }

    @Test
    void quaternaryAmmoniumAndItsBalancingCarboxylateStay() throws Exception {
        assertThat(neutralize("C[N+](C)(C)CC(=O)[O-]")).isEmpty();
        assertThat(neutralize("C[N+](C)(C)C")).isEmpty();
    }

    @Test
    void quaternaryAmmoniumKeepsTheAcidAnionAndProtonatesTheOther() throws Exception {
        assertThat(neutralize("C[N+](C)(C)CCC(C[O-])C(=O)[O-]")).containsExactly("neutralized O- at atom 9 (added 1 H+)");
        assertThat(AtomContainerManipulator.getTotalFormalCharge(structure)).isZero();
    }

    @Test
    void nitroAndNOxidesAreHowThoseGroupsAreWritten() throws Exception {
        assertThat(neutralize("[O-][N+](=O)c1ccccc1")).isEmpty();
        assertThat(neutralize("[O-][n+]1ccccc1")).isEmpty();
    }

    @Test
    void pyridiniumStaysAromaticAfterLosingItsProton() throws Exception {
        assertThat(neutralize("c1cc[nH+]cc1")).hasSize(1);
        Structures.prepare(structure);
        assertThat(structure.getAtom(3).getFormalCharge()).isZero();
        assertThat(structure.getAtom(3).getImplicitHydrogenCount()).isZero();
        assertThat(structure.bonds()).hasSize(6).allMatch(b -> b.isAromatic());
    }

    @Test
    void aMetalCounterIonKeepsTheSaltCharged() throws Exception {
        assertThat(neutralize("[Na+].CC(=O)[O-]")).isEmpty();
    }
}
