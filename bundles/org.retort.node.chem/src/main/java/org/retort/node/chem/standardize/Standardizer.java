package org.retort.node.chem.standardize;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.retort.node.chem.internal.Structures;

/**
 * Standardizes one prepared structure: valence check, fragment choice, neutralization — in that
 * order, so that counter-ions are gone before charges are balanced. The shared input structure is never
 * changed: a molecule that needs no change comes back as the same object (no copy), any other is
 * changed on a copy and prepared again (atom types, rings, aromaticity).
 *
 * @param policy     which fragments to keep
 * @param salts      the salt definitions
 * @param neutralize whether to neutralize charges
 */
record Standardizer(Standardize.FragmentPolicy policy, SaltList salts, boolean neutralize) {

    private static final String INDEX = "retort.standardize.index";

    /**
     * The outcome for one molecule.
     *
     * @param structure the standardized, prepared structure
     * @param changes   what was changed and why, in order
     * @param problems  valence problems found in the input
     */
    record Result(IAtomContainer structure, List<String> changes, List<String> problems) {
    }

    Result standardize(IAtomContainer input) throws CDKException {
        List<String> problems = Valence.problems(input);
        boolean fragmented = policy != Standardize.FragmentPolicy.KEEP_ALL && !ConnectivityChecker.isConnected(input);
        if (!fragmented && !(neutralize && charged(input))) {
            return new Result(input, List.of(), problems);
        }
        IAtomContainer copy = Structures.copy(input);
        for (int i = 0; i < copy.getAtomCount(); i++) {
            copy.getAtom(i).setProperty(INDEX, i + 1);
        }
        List<String> changes = new ArrayList<>();
        IAtomContainer kept = Fragments.keep(copy, policy, salts, changes);
        if (neutralize) {
            changes.addAll(Neutralizer.neutralize(kept, atom -> atom.getProperty(INDEX)));
        }
        for (IAtom atom : kept.atoms()) {
            atom.removeProperty(INDEX);
        }
        if (changes.isEmpty()) {
            return new Result(input, List.of(), problems);
        }
        Structures.prepare(kept);
        return new Result(kept, changes, problems);
    }

    private static boolean charged(IAtomContainer structure) {
        for (IAtom atom : structure.atoms()) {
            if (atom.getFormalCharge() != null && atom.getFormalCharge() != 0) {
                return true;
            }
        }
        return false;
    }
}
