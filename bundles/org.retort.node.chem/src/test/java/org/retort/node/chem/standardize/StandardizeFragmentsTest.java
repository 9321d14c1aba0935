package org.retort.node.chem.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;
import org.retort.node.chem.standardize.Standardize.FragmentPolicy;

class StandardizeFragmentsTest {

    private final List<String> notes = new ArrayList<>();

    private String keep(String smiles, FragmentPolicy policy) throws Exception {
        IAtomContainer copy = Structures.parse(Molecule.smiles(smiles));
        return Fragments.smiles(Fragments.keep(copy, policy, SaltList.rdkit(), notes));
    }

    @Test
    void stripsTheSaltAndSaysWhich() throws Exception {
        assertThat(keep("CC(=O)Oc1ccccc1C(=O)O.Cl", FragmentPolicy.STRIP_SALTS_THEN_LARGEST)).isEqualTo(keep("CC(=O)Oc1ccccc1C(=O)O", FragmentPolicy.KEEP_ALL));
        assertThat(notes).containsExactly("removed fragment Cl (salt list: [Cl,Br,I])");
    }

    @Test
    void strippingSaltsKeepsSeveralOrganicFragments() throws Exception {
        String kept = keep("CCN.c1ccccc1.[Na+]", FragmentPolicy.STRIP_SALTS);
        assertThat(kept.split("\\.")).hasSize(2);
        assertThat(notes).containsExactly("removed fragment [Na+] (salt list: [Li,Na,K,Ca,Mg])");
    }

    @Test
    void largestOrganicFragmentPrefersCarbonOverSize() throws Exception {
        assertThat(keep("C.[O-]S(=O)(=O)[O-].[O-]S(=O)(=O)[O-]", FragmentPolicy.LARGEST_ORGANIC)).isEqualTo("C");
        assertThat(notes).hasSize(2).allMatch(n -> n.endsWith("(not the largest organic fragment)"));
    }

    @Test
    void neverStripsEverythingAsASalt() throws Exception {
        assertThat(keep("[Na+].CC(=O)[O-]", FragmentPolicy.STRIP_SALTS_THEN_LARGEST)).isEqualTo(keep("CC(=O)[O-]", FragmentPolicy.KEEP_ALL));
        assertThat(notes).containsExactly("every fragment is on the salt list; none removed as a salt",
                "removed fragment [Na+] (not the largest organic fragment)");
    }

    @Test
    void keepAllLeavesTheMoleculeAlone() throws Exception {
        assertThat(keep("CCO.O", FragmentPolicy.KEEP_ALL).split("\\.")).hasSize(2);
        assertThat(notes).isEmpty();
    }
}
