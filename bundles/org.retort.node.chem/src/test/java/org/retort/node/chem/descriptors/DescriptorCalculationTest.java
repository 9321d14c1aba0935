package org.retort.node.chem.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

class DescriptorCalculationTest {

    private static Calculation of(String smiles) throws Exception {
        return new Calculation(Structures.of(Molecule.smiles(smiles)), CdkDescriptors.get());
    }

    @Test
    void aspirin() throws Exception {
        Calculation aspirin = of("CC(=O)Oc1ccccc1C(=O)O");
        // 180.159 with IUPAC's conventional atomic weights; CDK's natural-abundance masses give 180.1578
        assertThat(aspirin.mw()).isCloseTo(180.159, within(0.002));
        assertThat(aspirin.exactMass()).isCloseTo(180.042259, within(1e-6));
        assertThat(aspirin.formula()).isEqualTo("C9H8O4");
        assertThat(aspirin.heavyAtoms()).isEqualTo(13);
        assertThat(aspirin.lipinskiDonors()).isEqualTo(1);
        assertThat(aspirin.lipinskiAcceptors()).isEqualTo(4);
        assertThat(aspirin.cdkDonors()).isEqualTo(1);
        assertThat(aspirin.cdkAcceptors()).isEqualTo(3);
        assertThat(aspirin.rotatableBonds()).isEqualTo(3);
        assertThat(aspirin.rings()).isEqualTo(1);
        assertThat(aspirin.aromaticRings()).isEqualTo(1);
        assertThat(aspirin.fsp3()).isCloseTo(1 / 9.0, within(1e-12));
        assertThat(aspirin.xlogp()).isCloseTo(1.422, within(1e-9));
        assertThat(aspirin.lipinskiViolations()).isZero();
        assertThat(aspirin.veber()).isTrue();
    }

    @Test
    void lipinskiHydrogenBondDonorsCountHydrogensNotAtoms() throws Exception {
        Calculation urea = of("NC(N)=O");
        assertThat(urea.lipinskiDonors()).isEqualTo(4);
        assertThat(urea.cdkDonors()).isEqualTo(2);
    }

    @Test
    void ringsAreSssrAndAromaticRingsAreAllAromaticBonds() throws Exception {
        assertThat(of("c1ccc2ccccc2c1").aromaticRings()).isEqualTo(2);
        Calculation tetralin = of("C1CCc2ccccc2C1");
        assertThat(tetralin.rings()).isEqualTo(2);
        assertThat(tetralin.aromaticRings()).isEqualTo(1);
        assertThat(of("C12CC1C2").rings()).isEqualTo(2);
    }

    @Test
    void chargesAndFormulaOfAnIon() throws Exception {
        Calculation acetate = of("CC(=O)[O-]");
        assertThat(acetate.formalCharge()).isEqualTo(-1);
        assertThat(acetate.formula()).isEqualTo("[C2H3O2]-");
    }

    @Test
    void rulesCountTheirViolations() throws Exception {
        Calculation wax = of("C".repeat(40));
        assertThat(wax.mw()).isGreaterThan(500);
        assertThat(wax.lipinskiViolations()).isEqualTo(2);
        assertThat(wax.rotatableBonds()).isEqualTo(37);
        assertThat(wax.veber()).isFalse();
    }

    @Test
    void fsp3WithoutCarbonHasNoValue() throws Exception {
        assertThat(of("CCO").fsp3()).isEqualTo(1.0);
        assertThat(of("c1ccccc1").fsp3()).isZero();
        assertThatThrownBy(() -> of("[Na+].[Cl-]").fsp3()).hasMessageContaining("no carbon");
    }
}
