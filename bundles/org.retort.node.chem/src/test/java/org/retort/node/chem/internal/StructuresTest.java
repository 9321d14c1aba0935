package org.retort.node.chem.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.retort.api.data.Molecule;

class StructuresTest {

    @Test
    void parsesSmilesOncePerMoleculeWithAromaticityPerceived() throws Exception {
        Molecule aspirin = Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O");
        IAtomContainer first = Structures.of(aspirin);
        assertThat(Structures.of(aspirin)).isSameAs(first);
        assertThat(first.getAtomCount()).isEqualTo(13);
        long aromaticBonds = java.util.stream.StreamSupport.stream(first.bonds().spliterator(), false)
                .filter(IBond::isAromatic).count();
        assertThat(aromaticBonds).isEqualTo(6);
    }

    @Test
    void parsesAV2000Molfile() throws Exception {
        String ethanol = "\n  Retort\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
                + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    1.2990    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    2.5981   -0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "  1  2  1  0\n  2  3  1  0\nM  END\n";
        IAtomContainer structure = Structures.of(Molecule.of(ethanol));
        assertThat(structure.getAtomCount()).isEqualTo(3);
        assertThat(structure.getAtom(2).getSymbol()).isEqualTo("O");
        assertThat(structure.getAtom(2).getImplicitHydrogenCount()).isEqualTo(1);
    }

    @Test
    void badSmilesFailsWithTheParsersReason() {
        assertThatThrownBy(() -> Structures.of(Molecule.smiles("C1CC(")))
                .hasMessageContaining("C1CC(");
        assertThatThrownBy(() -> Structures.of(Molecule.smiles("  "))).hasMessageContaining("empty SMILES");
    }

    @Test
    void findsTheMoleculeColumnByNameOrAsTheFirstOne() {
        var schema = org.retort.api.data.Schema.of(org.retort.api.data.Column.of("id", org.retort.api.data.ColumnType.STRING),
                org.retort.api.data.Column.of("smiles", org.retort.api.data.ColumnType.MOLECULE),
                org.retort.api.data.Column.of("parent", org.retort.api.data.ColumnType.MOLECULE));
        assertThat(Structures.column(schema, "")).isEqualTo(1);
        assertThat(Structures.column(schema, "parent")).isEqualTo(2);
        assertThatThrownBy(() -> Structures.column(schema, "id")).hasMessageContaining("holds STRING, not molecules");
        assertThatThrownBy(() -> Structures.column(schema, "nope")).hasMessageContaining("no column 'nope'");
        assertThatThrownBy(() -> Structures.column(org.retort.api.data.Schema.EMPTY, "")).hasMessageContaining("no molecule column");
    }
}
