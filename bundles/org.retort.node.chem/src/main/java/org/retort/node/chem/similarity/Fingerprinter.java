package org.retort.node.chem.similarity;

import java.util.BitSet;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.fingerprint.IFingerprinter;
import org.openscience.cdk.fingerprint.MACCSFingerprinter;
import org.openscience.cdk.fingerprint.PubchemFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.retort.api.util.ContextClassLoader;
import org.retort.node.chem.internal.Structures;

/**
 * Computes one kind of fingerprint. CDK's fingerprinters keep working state in fields, so an instance is
 * used by one thread at a time: nodes make one per chunk (or per barrier run).
 *
 * <p>Every fingerprint is computed on a copy, since MACCS re-applies aromaticity to its input and PubChem
 * needs explicit hydrogens (its first bits count hydrogen atoms).
 */
final class Fingerprinter {

    private final FingerprintType type;
    private final int size;
    private final IFingerprinter cdk;

    private Fingerprinter(FingerprintType type, int size, IFingerprinter cdk) {
        this.type = type;
        this.size = size;
        this.cdk = cdk;
    }

    /** A fingerprinter of {@code type}; {@code size} is used by ECFP only (MACCS has 166 bits, PubChem 881). */
    static Fingerprinter of(FingerprintType type, int size) throws CDKException {
        var builder = SilentChemObjectBuilder.getInstance();
        return switch (type) {
            case ECFP4 -> new Fingerprinter(type, size, new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4, size));
            case ECFP6 -> new Fingerprinter(type, size, new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP6, size));
            case MACCS -> new Fingerprinter(type, 166, ContextClassLoader.call(MACCSFingerprinter.class, () -> new MACCSFingerprinter(builder)));
            case PUBCHEM -> new Fingerprinter(type, 881, new PubchemFingerprinter(builder));
        };
    }

    /** The number of bits. */
    int size() {
        return size;
    }

    /** The name of the fingerprint column: {@code ecfp4_2048}, {@code maccs}, {@code pubchem}. */
    String name() {
        return type.folded() ? type.name().toLowerCase() + "_" + size : type.name().toLowerCase();
    }

    /** The bits of {@code structure} (which is not changed), indices 0 to {@link #size()} − 1. */
    BitSet bits(IAtomContainer structure) throws CDKException {
        IAtomContainer copy = Structures.copy(structure);
        if (type == FingerprintType.PUBCHEM) {
            AtomContainerManipulator.convertImplicitToExplicitHydrogens(copy);
        }
        return cdk.getBitFingerprint(copy).asBitSet();
    }

    /** The on bits as a JSON array of ascending indices, e.g. {@code [1,80,1023]}. */
    static String json(BitSet bits) {
        var json = new StringBuilder("[");
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            json.append(json.length() == 1 ? "" : ",").append(i);
        }
        return json.append(']').toString();
    }

    /** Tanimoto (Jaccard) coefficient: shared on bits / bits on in either; 0 when both are empty. */
    static double tanimoto(BitSet a, BitSet b) {
        BitSet and = (BitSet) a.clone();
        and.and(b);
        int common = and.cardinality();
        int union = a.cardinality() + b.cardinality() - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
