package org.retort.node.chem.efficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

/**
 * Three compounds of ChEMBL assay CHEMBL2321810, computed by hand.
 *
 * <p>Standard atomic weights (IUPAC, abridged): C 12.011, H 1.008, N 14.007, O 15.999, F 18.998, S 32.06,
 * Cl 35.45. TPSA from Ertl's table: O= 17.07, -O- 9.23, -[NH]- 12.03, :n: 12.89, :o: 13.14, N# 23.79.
 *
 * <pre>
 * 1520338  Fc1cc(ccc1Oc2ccccc2c3ccccc3)S(=O)(=O)Nc4nncs4          pIC50 5.60
 *   C20H14FN3O3S2, HA = 29, MW = 240.220 + 14.112 + 18.998 + 42.021 + 47.997 + 64.120 = 427.468
 *   TPSA = 2×17.07 (SO2) + 9.23 (ether) + 12.03 (NH) + 2×12.89 (thiadiazole n) = 81.18; N + O = 6
 *   LE   = 1.37 × 5.60 / 29          = 0.26455
 *   BEI  = 5.60 / 0.427468          = 13.1004
 *   SEI  = 5.60 / 0.8118            = 6.8983
 *   NSEI = 5.60 / 6                 = 0.93333
 *   nBEI = 5.60 + log10 29 = 5.60 + 1.462398 = 7.06240
 *
 * 1520337  Clc1cc(ccc1Oc2ccc(CC3CC3)cc2)S(=O)(=O)Nc4ncns4          pIC50 5.60
 *   C18H16ClN3O3S2, HA = 27, MW = 216.198 + 16.128 + 35.45 + 42.021 + 47.997 + 64.120 = 421.914
 *   TPSA = 2×17.07 + 9.23 + 12.03 + 2×12.89 = 81.18; N + O = 6
 *   LE = 1.37 × 5.60 / 27 = 0.28415; BEI = 5.60 / 0.421914 = 13.2728; SEI = 6.8983; NSEI = 0.93333;
 *   nBEI = 5.60 + 1.431364 = 7.03136
 *
 * 1520613  O=S(=O)(Nc1nccs1)c2ccc(Oc3ccccc3c4ocnn4)c(c2)C#N        pIC50 5.68
 *   C18H11N5O4S2, HA = 29, MW = 216.198 + 11.088 + 70.035 + 63.996 + 64.120 = 425.437
 *   TPSA = 2×17.07 + 12.03 + 12.89 (thiazole n) + 9.23 + 13.14 (oxadiazole o) + 2×12.89 + 23.79 (nitrile)
 *        = 131.00; N + O = 9; hydrogens on N/O = 1
 *   LE = 1.37 × 5.68 / 29 = 0.26833; BEI = 5.68 / 0.425437 = 13.3510; SEI = 5.68 / 1.31 = 4.3359;
 *   NSEI = 5.68 / 9 = 0.63111; nBEI = 5.68 + 1.462398 = 7.14240
 *   variants: NSEI(HBD + HBA) = 5.68 / (1 + 9) = 0.56800; pAct / HA = 5.68 / 29 = 0.19586
 * </pre>
 * MW is compared within 0.05 Da: CDK's average masses differ from the abridged weights in the third decimal.
 */
class EfficiencyIndicesTest {

    record Expected(String smiles, double pAct, int ha, double mw, double tpsa, int no, double le, double bei,
                    double sei, double nsei, double nbei) {
    }

    private static final Expected[] HAND = {
        new Expected("Fc1cc(ccc1Oc2ccccc2c3ccccc3)S(=O)(=O)Nc4nncs4", 5.60, 29, 427.468, 81.18, 6, 0.26455, 13.1004, 6.8983, 0.93333, 7.06240),
        new Expected("Clc1cc(ccc1Oc2ccc(CC3CC3)cc2)S(=O)(=O)Nc4ncns4", 5.60, 27, 421.914, 81.18, 6, 0.28415, 13.2728, 6.8983, 0.93333, 7.03136),
        new Expected("O=S(=O)(Nc1nccs1)c2ccc(Oc3ccccc3c4ocnn4)c(c2)C#N", 5.68, 29, 425.437, 131.00, 9, 0.26833, 13.3510, 4.3359, 0.63111, 7.14240),
    };

    static MoleculeProperties properties(String smiles) throws Exception {
        return MoleculeProperties.of(Structures.parse(Molecule.smiles(smiles)));
    }

    @Test
    void matchesTheHandComputedPropertiesAndIndices() throws Exception {
        for (Expected e : HAND) {
            MoleculeProperties m = properties(e.smiles());
            assertThat(m.heavyAtoms()).as(e.smiles()).isEqualTo(e.ha());
            assertThat(m.molecularWeight()).as(e.smiles()).isCloseTo(e.mw(), within(0.05));
            assertThat(m.tpsa()).as(e.smiles()).isCloseTo(e.tpsa(), within(0.005));
            assertThat(m.nitrogenAndOxygen()).as(e.smiles()).isEqualTo(e.no());
            EfficiencyIndices ix = EfficiencyIndices.of(e.pAct(), m, 1.37, Npol.N_PLUS_O, Nbei.PACT_PLUS_LOG_HA);
            assertThat(ix.le()).as(e.smiles()).isCloseTo(e.le(), within(5e-5));
            assertThat(ix.bei()).as(e.smiles()).isCloseTo(e.bei(), within(2e-3));
            assertThat(ix.sei()).as(e.smiles()).isCloseTo(e.sei(), within(5e-4));
            assertThat(ix.nsei()).as(e.smiles()).isCloseTo(e.nsei(), within(5e-5));
            assertThat(ix.nbei()).as(e.smiles()).isCloseTo(e.nbei(), within(5e-5));
            assertThat(ix.lle()).as(e.smiles()).isCloseTo(e.pAct() - m.xlogp(), within(1e-12));
        }
    }

    @Test
    void variantsAreTheDocumentedAlternatives() throws Exception {
        MoleculeProperties m = properties(HAND[2].smiles());
        assertThat(m.hydrogensOnNO()).isEqualTo(1);
        EfficiencyIndices ix = EfficiencyIndices.of(5.68, m, 1.37, Npol.HBD_PLUS_HBA, Nbei.PACT_PER_HA);
        assertThat(ix.nsei()).isCloseTo(0.56800, within(5e-6));
        assertThat(ix.nbei()).isCloseTo(0.19586, within(5e-6));
        assertThat(EfficiencyIndices.of(5.68, m, 1.364, Npol.N_PLUS_O, Nbei.PACT_PLUS_LOG_HA).le()).isCloseTo(1.364 * 5.68 / 29, within(1e-12));
    }

    @Test
    void indicesThatWouldDivideByZeroAreNull() throws Exception {
        EfficiencyIndices benzene = EfficiencyIndices.of(4, properties("c1ccccc1"), 1.37, Npol.N_PLUS_O, Nbei.PACT_PLUS_LOG_HA);
        assertThat(benzene.sei()).isNull();
        assertThat(benzene.nsei()).isNull();
        assertThat(benzene.le()).isCloseTo(1.37 * 4 / 6, within(1e-12));
        assertThatThrownBy(() -> EfficiencyIndices.of(4, properties("[H][H]"), 1.37, Npol.N_PLUS_O, Nbei.PACT_PLUS_LOG_HA))
                .hasMessageContaining("no heavy atoms");
    }

    @Test
    void xlogpIsCdksAndComputedOnACopy() throws Exception {
        var aspirin = Structures.parse(Molecule.smiles("CC(=O)Oc1ccccc1C(=O)O"));
        int atoms = aspirin.getAtomCount();
        double xlogp = MoleculeProperties.of(aspirin).xlogp();
        assertThat(xlogp).isBetween(0.5, 2.5);
        assertThat(aspirin.getAtomCount()).isEqualTo(atoms);
    }
}
