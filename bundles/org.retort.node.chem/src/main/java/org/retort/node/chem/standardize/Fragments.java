package org.retort.node.chem.standardize;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * Chooses which disconnected fragments of a molecule to keep, and says why each other one went.
 *
 * <p>Salt stripping removes every fragment on the {@link SaltList} but never all of them (RDKit's
 * {@code SaltRemover} with {@code dontRemoveEverything}). The largest organic fragment is RDKit's
 * {@code LargestFragmentChooser(preferOrganic=True)}: fragments with carbon win over those without, then
 * the one with more atoms (hydrogens included), then the heavier one, then the first.
 */
final class Fragments {

    private static final SmilesGenerator SMILES = new SmilesGenerator(SmiFlavor.Canonical);

    private Fragments() {
    }

    /**
     * The fragments of {@code structure} to keep, merged into one container when several remain. Adds a
     * note per removed fragment to {@code notes}. {@code structure} must be a private copy: the kept
     * fragments share its atoms.
     */
    static IAtomContainer keep(IAtomContainer structure, Standardize.FragmentPolicy policy, SaltList salts, List<String> notes) throws CDKException {
        if (policy == Standardize.FragmentPolicy.KEEP_ALL || ConnectivityChecker.isConnected(structure)) {
            return structure;
        }
        List<IAtomContainer> fragments = new ArrayList<>();
        ConnectivityChecker.partitionIntoMolecules(structure).atomContainers().forEach(fragments::add);
        if (policy == Standardize.FragmentPolicy.STRIP_SALTS || policy == Standardize.FragmentPolicy.STRIP_SALTS_THEN_LARGEST) {
            fragments = stripSalts(fragments, salts, notes);
        }
        if ((policy == Standardize.FragmentPolicy.LARGEST_ORGANIC || policy == Standardize.FragmentPolicy.STRIP_SALTS_THEN_LARGEST) && fragments.size() > 1) {
            IAtomContainer largest = largest(fragments);
            for (IAtomContainer fragment : fragments) {
                if (fragment != largest) {
                    notes.add("removed fragment " + smiles(fragment) + " (not the largest organic fragment)");
                }
            }
            return largest;
        }
        if (fragments.size() == 1) {
            return fragments.get(0);
        }
        IAtomContainer merged = structure.getBuilder().newAtomContainer();
        fragments.forEach(merged::add);
        return merged;
    }

    private static List<IAtomContainer> stripSalts(List<IAtomContainer> fragments, SaltList salts, List<String> notes) throws CDKException {
        List<IAtomContainer> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (IAtomContainer fragment : fragments) {
            SaltList.Salt salt = salts.match(fragment);
            if (salt == null) {
                kept.add(fragment);
            } else {
                removed.add("removed fragment " + smiles(fragment) + " (salt list: " + salt.name() + ")");
            }
        }
        if (kept.isEmpty()) {
            notes.add("every fragment is on the salt list; none removed as a salt");
            return fragments;
        }
        notes.addAll(removed);
        return kept;
    }

    /** The largest organic fragment, by RDKit's order of preference. */
    static IAtomContainer largest(List<IAtomContainer> fragments) {
        IAtomContainer best = null;
        for (IAtomContainer fragment : fragments) {
            if (best == null || compare(fragment, best) > 0) {
                best = fragment;
            }
        }
        return best;
    }

    private static int compare(IAtomContainer a, IAtomContainer b) {
        int organic = Boolean.compare(organic(a), organic(b));
        if (organic != 0) {
            return organic;
        }
        int atoms = Integer.compare(atomsWithHydrogens(a), atomsWithHydrogens(b));
        if (atoms != 0) {
            return atoms;
        }
        return Double.compare(AtomContainerManipulator.getMass(a, AtomContainerManipulator.MolWeight),
                AtomContainerManipulator.getMass(b, AtomContainerManipulator.MolWeight));
    }

    private static int atomsWithHydrogens(IAtomContainer fragment) {
        return fragment.getAtomCount() + AtomContainerManipulator.getImplicitHydrogenCount(fragment);
    }

    private static boolean organic(IAtomContainer fragment) {
        for (IAtom atom : fragment.atoms()) {
            if (atom.getAtomicNumber() != null && atom.getAtomicNumber() == 6) {
                return true;
            }
        }
        return false;
    }

    static String smiles(IAtomContainer fragment) throws CDKException {
        return SMILES.create(fragment);
    }
}
