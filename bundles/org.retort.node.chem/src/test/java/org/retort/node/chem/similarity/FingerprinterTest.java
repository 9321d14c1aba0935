package org.retort.node.chem.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

class FingerprinterTest {

    private static BitSet bits(FingerprintType type, int size, String smiles) throws Exception {
        return Fingerprinter.of(type, size).bits(Structures.parse(Molecule.smiles(smiles)));
    }

    @Test
    void ecfpIsFoldedToTheChosenSizeAndDiameterSixSeesMore() throws Exception {
        String imatinib = "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1";
        BitSet ecfp4 = bits(FingerprintType.ECFP4, 512, imatinib);
        assertThat(ecfp4.length()).isLessThanOrEqualTo(512);
        assertThat(ecfp4.cardinality()).isBetween(20, 100);
        assertThat(bits(FingerprintType.ECFP6, 4096, imatinib).cardinality()).isGreaterThan(bits(FingerprintType.ECFP4, 4096, imatinib).cardinality());
        assertThat(Fingerprinter.of(FingerprintType.ECFP4, 1024).name()).isEqualTo("ecfp4_1024");
    }

    @Test
    void maccsHas166KeysAndPubchem881() throws Exception {
        assertThat(Fingerprinter.of(FingerprintType.MACCS, 2048).size()).isEqualTo(166);
        assertThat(Fingerprinter.of(FingerprintType.MACCS, 2048).name()).isEqualTo("maccs");
        assertThat(bits(FingerprintType.MACCS, 0, "CC(=O)Oc1ccccc1C(=O)O").length()).isLessThanOrEqualTo(166);
        assertThat(Fingerprinter.of(FingerprintType.PUBCHEM, 2048).size()).isEqualTo(881);
    }

    @Test
    void pubchemCountsHydrogensSoItSeesThemExplicitly() throws Exception {
        // PubChem bits 0, 1, 2: at least 4, 8, 16 hydrogen atoms. Hexane has 14.
        BitSet hexane = bits(FingerprintType.PUBCHEM, 0, "CCCCCC");
        assertThat(hexane.get(0)).isTrue();
        assertThat(hexane.get(1)).isTrue();
        assertThat(hexane.get(2)).isFalse();
    }

    @Test
    void leavesTheSharedStructureUnchangedAndIsDeterministic() throws Exception {
        IAtomContainer caffeine = Structures.parse(Molecule.smiles("Cn1cnc2c1c(=O)n(C)c(=O)n2C"));
        int atoms = caffeine.getAtomCount();
        var pubchem = Fingerprinter.of(FingerprintType.PUBCHEM, 0);
        BitSet first = pubchem.bits(caffeine);
        assertThat(caffeine.getAtomCount()).isEqualTo(atoms);
        assertThat(pubchem.bits(caffeine)).isEqualTo(first);
        assertThat(Fingerprinter.of(FingerprintType.MACCS, 0).bits(caffeine)).isEqualTo(Fingerprinter.of(FingerprintType.MACCS, 0).bits(caffeine));
    }

    @Test
    void tanimotoIsSharedOverUnion() {
        BitSet a = BitSet.valueOf(new long[] {0b1111});
        BitSet b = BitSet.valueOf(new long[] {0b0011_1100});
        assertThat(Fingerprinter.tanimoto(a, b)).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(Fingerprinter.tanimoto(a, a)).isEqualTo(1.0);
        assertThat(Fingerprinter.tanimoto(new BitSet(), new BitSet())).isZero();
        assertThat(Fingerprinter.json(b)).isEqualTo("[2,3,4,5]");
        assertThat(Fingerprinter.json(new BitSet())).isEqualTo("[]");
    }
}
