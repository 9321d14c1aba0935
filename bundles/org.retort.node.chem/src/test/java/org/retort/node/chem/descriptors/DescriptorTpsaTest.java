package org.retort.node.chem.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.descriptors.molecular.TPSADescriptor;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;
import org.retort.node.chem.internal.Tpsa;

class DescriptorTpsaTest {

    private static IAtomContainer parse(String smiles) throws Exception {
        return Structures.parse(Molecule.smiles(smiles));
    }

    @Test
    void agreesWithErtlsReferenceOnTheNciSet() throws Exception {
        List<NciReference.Tpsa> reference = NciReference.tpsa();
        List<String> mismatches = new ArrayList<>();
        for (NciReference.Tpsa row : reference) {
            double tpsa = Tpsa.of(parse(row.smiles()), false);
            if (Math.abs(tpsa - row.tpsa()) > 0.1) {
                mismatches.add(row.smiles() + " reference " + row.tpsa() + " computed " + tpsa);
            }
        }
        double agreement = 1 - mismatches.size() / (double) reference.size();
        System.out.printf("TPSA (N, O): %d molecules, %.4f within 0.1 of Ertl/Daylight; mismatches: %s%n",
                reference.size(), agreement, mismatches);
        assertThat(reference).hasSize(4999);
        assertThat(agreement).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void countsNitrogenAndOxygenOnlyUnlessAskedForSulfurAndPhosphorus() throws Exception {
        assertThat(Tpsa.of(parse("CC(=O)Oc1ccccc1C(=O)O"), false)).isCloseTo(63.60, within(1e-9));
        IAtomContainer dmso = parse("CS(=O)C");
        assertThat(Tpsa.of(dmso, false)).isCloseTo(17.07, within(1e-9));
        assertThat(Tpsa.of(dmso, true)).isCloseTo(17.07 + 19.21, within(1e-9));
        IAtomContainer thiophene = parse("c1ccsc1");
        assertThat(Tpsa.of(thiophene, false)).isZero();
        assertThat(Tpsa.of(thiophene, true)).isCloseTo(28.24, within(1e-9));
        assertThat(Tpsa.of(parse("COP(=O)(OC)OC"), true)).isCloseTo(3 * 9.23 + 17.07 + 9.81, within(1e-9));
    }

    @Test
    void threeMemberedRingsAndUnlistedEnvironmentsFollowErtl() throws Exception {
        assertThat(Tpsa.of(parse("C1CO1"), false)).isCloseTo(12.53, within(1e-9));
        assertThat(Tpsa.of(parse("C1CN1"), false)).isCloseTo(21.94, within(1e-9));
        // pyrylium oxygen is not in Ertl's table: 28.5 - 8.6 x 2 neighbours
        assertThat(Tpsa.of(parse("Cc1cc(C)[o+]c(C)c1"), false)).isCloseTo(11.30, within(1e-9));
    }

    @Test
    void withSulfurAndPhosphorusItMatchesCdkWhereErtlsTableCoversEveryAtom() throws Exception {
        TPSADescriptor cdk = new TPSADescriptor();
        for (String smiles : List.of("CS(=O)(=O)Nc1ccc(cc1)C(=O)O", "c1ccc2c(c1)nc(s2)SSc1nc2ccccc2s1", "COP(=S)(OC)Oc1ccc(cc1)[N+](=O)[O-]",
                "CC(C)OP(=O)(C)F", "NC(=S)N", "CSc1ncnc2[nH]cnc12")) {
            IAtomContainer structure = parse(smiles);
            double expected = ((DoubleResult) cdk.calculate(structure).getValue()).doubleValue();
            assertThat(Tpsa.of(structure, true)).as(smiles).isCloseTo(expected, within(1e-6));
        }
    }
}
