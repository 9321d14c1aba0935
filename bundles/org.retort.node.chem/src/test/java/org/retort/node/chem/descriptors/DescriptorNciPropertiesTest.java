package org.retort.node.chem.descriptors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.descriptors.molecular.ALOGPDescriptor;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

/** Descriptors of the 200 NCI molfiles against Daylight's values in the same file. */
class DescriptorNciPropertiesTest {

    private static List<NciReference.Record> records;
    private static List<Calculation> calculations;

    @BeforeAll
    static void read() throws Exception {
        records = NciReference.props();
        calculations = new ArrayList<>();
        for (NciReference.Record record : records) {
            calculations.add(new Calculation(Structures.of(Molecule.molfile(record.molfile())), CdkDescriptors.get()));
        }
    }

    /** Exact means within 0.01 g/mol: Daylight's AMW has five decimals but uses its own element weights. */
    @Test
    void molecularWeightIsExactAgainstDaylight() {
        double worst = 0;
        List<String> off = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            double difference = Math.abs(calculations.get(i).mw() - records.get(i).number("AMW"));
            worst = Math.max(worst, difference);
            if (difference > 0.01) {
                off.add(records.get(i).properties().get("SMILES") + " " + difference);
            }
        }
        System.out.printf("MW: %d records, largest difference to Daylight AMW %.4f; off by more than 0.01: %s%n", records.size(), worst, off);
        assertThat(records).hasSize(200);
        assertThat(off).isEmpty();
    }

    @Test
    void heavyAtomsAreExactAgainstTheAtomsOfDaylightsSmiles() {
        for (int i = 0; i < records.size(); i++) {
            String smiles = records.get(i).properties().get("SMILES");
            assertThat(calculations.get(i).heavyAtoms()).as(smiles).isEqualTo(NciReference.heavyAtomsOfSmiles(smiles));
        }
    }

    @Test
    void lipinskiCountsAreExactAgainstDaylight() {
        for (int i = 0; i < records.size(); i++) {
            var record = records.get(i);
            assertThat(calculations.get(i).lipinskiDonors()).as(record.properties().get("SMILES")).isEqualTo((int) record.number("NUM_LIPINSKIHDONORS"));
            assertThat(calculations.get(i).lipinskiAcceptors()).as(record.properties().get("SMILES")).isEqualTo((int) record.number("NUM_LIPINSKIHACCEPTORS"));
        }
    }

    /** CDK's rotatable bonds are not Daylight's definition; this records how far they agree. */
    @Test
    void rotatableBondsMostlyAgreeWithDaylight() throws Exception {
        int same = 0;
        for (int i = 0; i < records.size(); i++) {
            if (calculations.get(i).rotatableBonds() == (int) records.get(i).number("NUM_ROTATABLEBONDS")) {
                same++;
            }
        }
        System.out.printf("rotatable bonds: %d of %d equal to Daylight's%n", same, records.size());
        assertThat(same).isGreaterThanOrEqualTo(160);
    }

    @Test
    void alogpNeedsNoExplicitHydrogenCopy() throws Exception {
        ALOGPDescriptor alogp = new ALOGPDescriptor();
        for (int i = 0; i < records.size(); i++) {
            IAtomContainer explicit = Structures.copy(Structures.of(Molecule.molfile(records.get(i).molfile())));
            AtomContainerManipulator.convertImplicitToExplicitHydrogens(explicit);
            double withExplicit = CdkDescriptors.number(alogp, explicit);
            assertThat(calculations.get(i).alogp()).as(records.get(i).properties().get("SMILES")).isEqualTo(withExplicit);
        }
    }
}
