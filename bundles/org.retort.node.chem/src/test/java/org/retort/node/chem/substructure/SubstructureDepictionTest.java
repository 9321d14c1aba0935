package org.retort.node.chem.substructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

class SubstructureDepictionTest {

    private static final String HIGHLIGHT_HEX = "#66B3FF";

    private static String depict(String smiles, String smarts, int size) throws Exception {
        IAtomContainer structure = Structures.parse(Molecule.smiles(smiles));
        var result = SubstructureSearch.compile(smarts).search(structure);
        return Depictions.svg(result.target(), result.matches(), size);
    }

    @Test
    void drawsAnSvgOfTheRequestedSizeWithTheMatchHighlighted() throws Exception {
        String svg = depict("CC(=O)Oc1ccccc1C(=O)O", "C(=O)[OH]", 250);
        assertThat(svg).contains("<svg").contains("width='250.0px'").contains("height='250.0px'");
        assertThat(svg.toUpperCase()).contains(HIGHLIGHT_HEX);
        assertThat(depict("CC(=O)Oc1ccccc1C(=O)O", "[#7]", 250).toUpperCase()).doesNotContain(HIGHLIGHT_HEX);
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        String first = depict("CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "c1ncnc1", 300);
        String second = depict("CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "c1ncnc1", 300);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void highlightsBondsOnlyWithinOneMatch() throws Exception {
        IAtomContainer biphenyl = Structures.parse(Molecule.smiles("c1ccc(cc1)-c1ccccc1"));
        var result = SubstructureSearch.compile("c1ccccc1").search(biphenyl);
        var objects = Depictions.highlighted(result.target(), result.matches());
        // 12 atoms and 12 ring bonds; the bond joining the two rings is in no single match
        assertThat(objects).hasSize(24);
        assertThat(objects).doesNotContain(result.target().getBond(result.target().getAtom(3), result.target().getAtom(6)));
        assertThat(Depictions.highlighted(result.target(), List.of())).isEmpty();
    }

    @Test
    void keepsTheCoordinatesOfADrawnMolfile() throws Exception {
        String ethanol = "\n  Retort\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
                + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    1.2990    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    2.5981   -0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "  1  2  1  0\n  2  3  1  0\nM  END\n";
        var result = SubstructureSearch.compile("[OH]").search(Structures.parse(Molecule.of(ethanol)));
        Depictions.svg(result.target(), result.matches(), 200);
        assertThat(result.target().getAtom(1).getPoint2d().x).isEqualTo(1.2990);
    }
}
