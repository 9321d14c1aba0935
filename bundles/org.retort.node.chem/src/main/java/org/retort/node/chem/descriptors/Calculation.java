package org.retort.node.chem.descriptors;

import org.retort.node.chem.internal.Tpsa;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

/**
 * The descriptors of one prepared, shared (read-only) structure. Values that other values build on
 * (MW, XLogP, TPSA, the Lipinski counts, rotatable bonds) are computed once and kept, so the rule
 * flags cost nothing extra when their inputs are also asked for. Not thread-safe: one per molecule.
 */
final class Calculation {

    private final IAtomContainer structure;
    private final CdkDescriptors cdk;
    private Double mw;
    private Double xlogp;
    private Double tpsa;
    private Integer donors;
    private Integer acceptors;
    private Integer rotatable;
    private Cycles sssr;

    Calculation(IAtomContainer structure, CdkDescriptors cdk) {
        this.structure = structure;
        this.cdk = cdk;
    }

    /** Average molecular weight from CDK's natural-abundance element masses; isotope labels respected. */
    double mw() {
        if (mw == null) {
            mw = AtomContainerManipulator.getMass(structure, AtomContainerManipulator.MolWeight);
        }
        return mw;
    }

    /** Monoisotopic mass: each atom as its most abundant isotope unless labelled. */
    double exactMass() {
        return AtomContainerManipulator.getMass(structure, AtomContainerManipulator.MonoIsotopic);
    }

    /** Hill-order molecular formula, with the net charge when there is one (e.g. {@code [C2H3O2]-}). */
    String formula() {
        return MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(structure));
    }

    int heavyAtoms() {
        int count = 0;
        for (IAtom atom : structure.atoms()) {
            if (atomicNumber(atom) > 1) {
                count++;
            }
        }
        return count;
    }

    double xlogp() throws CDKException {
        if (xlogp == null) {
            xlogp = cdk.xlogp(structure);
        }
        return xlogp;
    }

    double alogp() throws CDKException {
        return cdk.alogp(structure);
    }

    /** Ertl TPSA, N and O only. */
    double tpsa() {
        if (tpsa == null) {
            tpsa = Tpsa.of(structure, false);
        }
        return tpsa;
    }

    /** Ertl TPSA with the paper's S and P contributions added. */
    double tpsaWithSulfurAndPhosphorus() {
        return Tpsa.of(structure, true);
    }

    /** Lipinski donors: hydrogens on N and O (the NH + OH count). */
    int lipinskiDonors() {
        if (donors == null) {
            int count = 0;
            for (IAtom atom : structure.atoms()) {
                if (isNitrogenOrOxygen(atom)) {
                    count += hydrogens(atom);
                }
            }
            donors = count;
        }
        return donors;
    }

    /** Lipinski acceptors: N and O atoms. */
    int lipinskiAcceptors() {
        if (acceptors == null) {
            int count = 0;
            for (IAtom atom : structure.atoms()) {
                if (isNitrogenOrOxygen(atom)) {
                    count++;
                }
            }
            acceptors = count;
        }
        return acceptors;
    }

    int cdkDonors() throws CDKException {
        return cdk.donors(structure);
    }

    int cdkAcceptors() throws CDKException {
        return cdk.acceptors(structure);
    }

    int rotatableBonds() throws CDKException {
        if (rotatable == null) {
            rotatable = cdk.rotatableBonds(structure);
        }
        return rotatable;
    }

    /** Rings of the smallest set of smallest rings. */
    int rings() {
        return sssr().numberOfCycles();
    }

    /** SSSR rings whose bonds are all aromatic. */
    int aromaticRings() {
        return Rings.aromatic(structure, sssr());
    }

    private Cycles sssr() {
        if (sssr == null) {
            sssr = Cycles.sssr(structure);
        }
        return sssr;
    }

    /** sp3 carbons (only single, non-aromatic bonds) over all carbons; no value without carbon. */
    double fsp3() throws CDKException {
        int carbons = 0;
        int sp3 = 0;
        for (IAtom atom : structure.atoms()) {
            if (atomicNumber(atom) != 6) {
                continue;
            }
            carbons++;
            boolean saturated = true;
            for (IBond bond : structure.getConnectedBondsList(atom)) {
                saturated &= !bond.isAromatic() && bond.getOrder() == IBond.Order.SINGLE;
            }
            if (saturated) {
                sp3++;
            }
        }
        if (carbons == 0) {
            throw new CDKException("no carbon");
        }
        return sp3 / (double) carbons;
    }

    int formalCharge() {
        return AtomContainerManipulator.getTotalFormalCharge(structure);
    }

    /** Rule-of-five violations: MW > 500, XLogP > 5, NH+OH > 5, N+O > 10. */
    int lipinskiViolations() throws CDKException {
        return (mw() > 500 ? 1 : 0) + (xlogp() > 5 ? 1 : 0) + (lipinskiDonors() > 5 ? 1 : 0) + (lipinskiAcceptors() > 10 ? 1 : 0);
    }

    /** Veber: rotatable bonds ≤ 10 and TPSA (N, O) ≤ 140 Å². */
    boolean veber() throws CDKException {
        return rotatableBonds() <= 10 && tpsa() <= 140;
    }

    private static int atomicNumber(IAtom atom) {
        return atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
    }

    private static boolean isNitrogenOrOxygen(IAtom atom) {
        int z = atomicNumber(atom);
        return z == 7 || z == 8;
    }

    private int hydrogens(IAtom atom) {
        int count = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
        for (IAtom neighbour : structure.getConnectedAtomsList(atom)) {
            if (atomicNumber(neighbour) == 1) {
                count++;
            }
        }
        return count;
    }
}
