package org.retort.node.chem.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.retort.api.data.Molecule;

class TpsaEnvironmentsTest {

    private static double tpsa(String smiles) throws Exception {
        return Tpsa.of(Structures.parse(Molecule.smiles(smiles)), false);
    }

    @Test
    void countsNitrogenAndOxygenOnlyNeverSulfurOrPhosphorus() throws Exception {
        assertThat(tpsa("CCS(=O)(=O)N")).isCloseTo(2 * 17.07 + 26.02, within(0.001));
        assertThat(tpsa("c1ccsc1")).isZero();
        assertThat(tpsa("OP(=O)(O)O")).isCloseTo(3 * 20.23 + 17.07, within(0.001));
    }

    @Test
    void usesTheThreeRingAndChargedTypes() throws Exception {
        assertThat(tpsa("C1CN1")).isCloseTo(21.94, within(0.001));
        assertThat(tpsa("C1CO1")).isCloseTo(12.53, within(0.001));
        assertThat(tpsa("C[N+](=O)[O-]")).isCloseTo(3.01 + 17.07 + 23.06, within(0.001));
        assertThat(tpsa("C[NH3+]")).isCloseTo(27.64, within(0.001));
        assertThat(tpsa("c1ccncc1")).isCloseTo(12.89, within(0.001));
        assertThat(tpsa("c1cc[nH]c1")).isCloseTo(15.79, within(0.001));
    }

    @Test
    void fallsBackToTheTpsaCFormulaForEnvironmentsNotInTheTable() throws Exception {
        // [O+] with three neighbours: 28.5 - 3 * 8.6 = 2.7
        assertThat(tpsa("C[O+](C)C")).isCloseTo(2.7, within(0.001));
    }

    @Test
    void givesTheSameWithExplicitHydrogens() throws Exception {
        IAtomContainer glycine = Structures.parse(Molecule.smiles("NCC(=O)O"));
        double implicit = Tpsa.of(glycine, false);
        IAtomContainer explicit = Structures.copy(glycine);
        AtomContainerManipulator.convertImplicitToExplicitHydrogens(explicit);
        assertThat(implicit).isCloseTo(26.02 + 17.07 + 20.23, within(0.001));
        assertThat(Tpsa.of(explicit, false)).isCloseTo(implicit, within(1e-9));
    }
}
