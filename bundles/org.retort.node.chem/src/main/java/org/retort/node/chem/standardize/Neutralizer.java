package org.retort.node.chem.standardize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Neutralizes charges by moving protons, never by changing bonds — the rules of RDKit's
 * {@code MolStandardize::Uncharger} (after MolVS by M. Swain), restricted to N, O and S:
 * <ol>
 * <li>A positive N, O or S that carries hydrogens and is not bonded to a negative atom gives up
 *     protons until neutral or out of hydrogens ({@code [NH3+]} → {@code N}).</li>
 * <li>A negative N, O or S not bonded to a positive atom takes protons ({@code C(=O)[O-]} →
 *     {@code C(=O)O}), except as many as are needed to balance positive charges that cannot be
 *     removed (quaternary N, metal ions, positive atoms without hydrogens); acid anions (O or S on an
 *     atom that has a double bond to O or S: carboxylate, sulfonate, phosphate) are the ones kept.</li>
 * <li>Charges next to an opposite charge (nitro, N-oxides, ylides, azides) are left alone: they are
 *     how those groups are written.</li>
 * </ol>
 * Only implicit hydrogens are moved: a cation whose hydrogens are explicit atoms stays charged. Works in
 * place on a private copy; notes name each atom by {@code index} (1-based, input order).
 */
final class Neutralizer {

    private Neutralizer() {
    }

    /** Neutralizes in place; returns one note per changed atom. */
    static List<String> neutralize(IAtomContainer structure, ToIntFunction<IAtom> index) {
        List<String> notes = new ArrayList<>(0);
        for (IAtom atom : structure.atoms()) {
            int charge = charge(atom);
            if (charge > 0 && eligible(atom) && !nextToCharge(structure, atom, -1)) {
                int removed = Math.min(charge, implicit(atom));
                if (removed > 0) {
                    notes.add("neutralized " + Valence.describe(atom) + " at atom " + index.applyAsInt(atom) + " (removed " + removed + " H+)");
                    atom.setFormalCharge(charge - removed);
                    atom.setImplicitHydrogenCount(atom.getImplicitHydrogenCount() - removed);
                }
            }
        }
        int unbalanced = 0;
        List<IAtom> anions = new ArrayList<>();
        for (IAtom atom : structure.atoms()) {
            int charge = charge(atom);
            if (charge > 0 && !nextToCharge(structure, atom, -1)) {
                unbalanced += charge;
            } else if (charge < 0 && !nextToCharge(structure, atom, +1)) {
                if (eligible(atom)) {
                    anions.add(atom);
                } else {
                    unbalanced += charge;
                }
            }
        }
        anions.sort((a, b) -> Boolean.compare(acidAnion(structure, b), acidAnion(structure, a)));
        for (IAtom atom : anions) {
            int charge = charge(atom);
            int keep = Math.min(-charge, Math.max(unbalanced, 0));
            unbalanced -= keep;
            int added = -charge - keep;
            if (added > 0) {
                notes.add("neutralized " + Valence.describe(atom) + " at atom " + index.applyAsInt(atom) + " (added " + added + " H+)");
                atom.setFormalCharge(charge + added);
                atom.setImplicitHydrogenCount(implicit(atom) + added);
            }
        }
        return notes;
    }

    private static boolean eligible(IAtom atom) {
        int z = atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
        return z == 7 || z == 8 || z == 16;
    }

    /** Whether a neighbour has a charge of the given sign. */
    private static boolean nextToCharge(IAtomContainer structure, IAtom atom, int sign) {
        for (IAtom neighbour : structure.getConnectedAtomsList(atom)) {
            if (Integer.signum(charge(neighbour)) == sign) {
                return true;
            }
        }
        return false;
    }

    /** An O or S anion on an atom that has a double bond to O or S. */
    private static boolean acidAnion(IAtomContainer structure, IAtom atom) {
        for (IAtom neighbour : structure.getConnectedAtomsList(atom)) {
            for (IBond bond : structure.getConnectedBondsList(neighbour)) {
                IAtom other = bond.getOther(neighbour);
                int z = other.getAtomicNumber() == null ? 0 : other.getAtomicNumber();
                if (bond.getOrder() == IBond.Order.DOUBLE && (z == 8 || z == 16)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int charge(IAtom atom) {
        return atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
    }

    private static int implicit(IAtom atom) {
        return atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
    }
}
