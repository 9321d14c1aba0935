package org.retort.node.chem.standardize;

import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import io.github.dan2097.jnainchi.InchiStatus;

/**
 * Canonical SMILES, standard InChI and InChIKey of a standardized structure.
 *
 * <p>SMILES: CDK's {@code SmilesGenerator} with {@code SmiFlavor.Canonical}, or {@code SmiFlavor.Absolute}
 * (canonical with stereo and isotopes) when the molecule has stereo elements or isotope labels, plus
 * {@code UseAromaticSymbols} unless Kekulé output is asked for. The two flavours number atoms
 * differently, but which one a molecule gets depends only on the molecule, so equal molecules still get
 * equal strings; {@code Absolute} costs about 14 times {@code Canonical} (195 vs 14 µs a molecule on the
 * NCI set), which is why it is kept for the molecules that need it. InChI: the IUPAC InChI library (1.06,
 * through CDK's {@code cdk-inchi} and JNA-InChI) with standard options. The InChI library's answers were
 * checked identical from four threads at once on 5,000 NCI molecules, so calls are not serialized.
 */
final class Identifiers {

    /** The identifiers; the InChI ones are {@code null} when not asked for or when InChI failed. */
    record Ids(String smiles, String inchi, String inchiKey, String inchiProblem) {
    }

    private final SmilesGenerator canonical;
    private final SmilesGenerator absolute;
    private final InChIGeneratorFactory inchi;

    /** @param inchi the InChI factory, {@code null} when neither InChI nor InChIKey is wanted */
    Identifiers(boolean aromaticSymbols, InChIGeneratorFactory inchi) {
        int aromatic = aromaticSymbols ? SmiFlavor.UseAromaticSymbols : 0;
        this.canonical = new SmilesGenerator(SmiFlavor.Canonical | aromatic);
        this.absolute = new SmilesGenerator(SmiFlavor.Absolute | aromatic);
        this.inchi = inchi;
    }

    Ids of(IAtomContainer structure) throws CDKException {
        String smiles = (isomeric(structure) ? absolute : canonical).create(structure);
        if (inchi == null) {
            return new Ids(smiles, null, null, null);
        }
        InChIGenerator generator = inchi.getInChIGenerator(structure);
        if (generator.getStatus() == InchiStatus.ERROR) {
            return new Ids(smiles, null, null, "InChI failed: " + generator.getMessage());
        }
        return new Ids(smiles, generator.getInchi(), generator.getInchiKey(), null);
    }

    /** Whether the structure has stereo elements or isotope labels. */
    static boolean isomeric(IAtomContainer structure) {
        if (structure.stereoElements().iterator().hasNext()) {
            return true;
        }
        for (IAtom atom : structure.atoms()) {
            if (atom.getMassNumber() != null) {
                return true;
            }
        }
        return false;
    }

    /** Joins notes into the status text; {@code unchanged} when there are none. */
    static String status(List<String> notes) {
        return notes.isEmpty() ? "unchanged" : String.join("; ", notes);
    }
}
