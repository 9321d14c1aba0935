package org.retort.node.chem.efficiency;

import org.retort.node.chem.internal.Tpsa;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * The sizes and polarities the efficiency indices divide by.
 *
 * @param heavyAtoms        non-hydrogen atoms
 * @param molecularWeight   average molecular weight in g/mol (Da), implicit hydrogens included
 * @param tpsa              Ertl's TPSA in Å², N and O contributions only ({@link Tpsa})
 * @param nitrogenAndOxygen the number of N and O atoms
 * @param hydrogensOnNO     hydrogens on N and O atoms (Lipinski's NH + OH count)
 * @param xlogp             CDK's XLogP (Wang et al. 1997, 2000), {@code NaN} when CDK cannot compute it
 */
record MoleculeProperties(int heavyAtoms, double molecularWeight, double tpsa, int nitrogenAndOxygen, int hydrogensOnNO,
                          double xlogp) {

    /** Computes the properties of a prepared structure without changing it. */
    static MoleculeProperties of(IAtomContainer structure) {
        int heavy = 0, no = 0, hOnNO = 0;
        for (IAtom atom : structure.atoms()) {
            int z = atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
            if (z == 1) {
                continue;
            }
            heavy++;
            if (z == 7 || z == 8) {
                no++;
                hOnNO += hydrogens(structure, atom);
            }
        }
        double mw = AtomContainerManipulator.getMass(structure, AtomContainerManipulator.MolWeight);
        return new MoleculeProperties(heavy, mw, Tpsa.of(structure, false), no, hOnNO, xlogp(structure));
    }

    private static int hydrogens(IAtomContainer structure, IAtom atom) {
        int h = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
        for (IAtom neighbour : structure.getConnectedAtomsList(atom)) {
            if (neighbour.getAtomicNumber() == 1) {
                h++;
            }
        }
        return h;
    }

    /** XLogP with CDK's defaults (aromaticity as perceived, no salicylic acid correction); it works on its own copy. */
    private static double xlogp(IAtomContainer structure) {
        var value = new XLogPDescriptor().calculate(structure);
        return value.getException() == null && value.getValue() instanceof DoubleResult d ? d.doubleValue() : Double.NaN;
    }
}
