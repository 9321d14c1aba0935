package org.retort.node.chem.substructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

class SubstructureSearchTest {

    private static IAtomContainer parse(String smiles) throws Exception {
        return Structures.parse(Molecule.smiles(smiles));
    }

    @Test
    void recordsTheZeroBasedAtomIndicesOfEachUniqueMatch() throws Exception {
        // aspirin: C0 C1 (=O2) O3 c4 c5 c6 c7 c8 c9 C10 (=O11) O12
        var result = SubstructureSearch.compile("C(=O)[OH]").search(parse("CC(=O)Oc1ccccc1C(=O)O"));
        assertThat(result.matched()).isTrue();
        assertThat(result.count()).isEqualTo(1);
        assertThat(SubstructureSearch.json(result.matches())).isEqualTo("[[10,11,12]]");
    }

    @Test
    void countsUniqueMatchesNotSymmetricMappings() throws Exception {
        var result = SubstructureSearch.compile("c1ccccc1").search(parse("c1ccc(cc1)-c1ccccc1"));
        assertThat(result.count()).isEqualTo(2);
        assertThat(result.matches()).hasSize(2);
        assertThat(SubstructureSearch.compile("[#7]").search(parse("CCO")).matched()).isFalse();
    }

    @Test
    void usesDaylightAromaticityAndLeavesTheSharedStructureAlone() throws Exception {
        IAtomContainer pyridone = parse("O=c1cccc[nH]1");
        long aromatic = countAromaticBonds(pyridone);
        var result = SubstructureSearch.compile("[nH]1ccccc1=O").search(pyridone);
        assertThat(result.matched()).isTrue();
        assertThat(result.target()).isNotSameAs(pyridone);
        assertThat(countAromaticBonds(pyridone)).isEqualTo(aromatic);
    }

    @Test
    void anInvalidSmartsIsAClearErrorNotACrash() {
        assertThatThrownBy(() -> SubstructureSearch.compile("c1ccc(")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid SMARTS 'c1ccc('");
        assertThatThrownBy(() -> SubstructureSearch.compile("CC)")).hasMessageContaining("invalid SMARTS 'CC)'");
        assertThatThrownBy(() -> SubstructureSearch.compile(" ")).hasMessage("no SMARTS given");
    }

    @Test
    void jsonOfNoMatchesIsAnEmptyArray() {
        assertThat(SubstructureSearch.json(List.of())).isEqualTo("[]");
        assertThat(SubstructureSearch.json(List.of(new int[] {3}, new int[] {1, 2}))).isEqualTo("[[3],[1,2]]");
    }

    private static long countAromaticBonds(IAtomContainer structure) {
        long n = 0;
        for (IBond bond : structure.bonds()) {
            n += bond.isAromatic() ? 1 : 0;
        }
        return n;
    }
}
