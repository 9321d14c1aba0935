package org.retort.node.chem.standardize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Finds atoms whose valence is impossible, with RDKit's rule: an atom's valence (the sum of its bond
 * orders plus its hydrogens) must not exceed the largest valence allowed for its element and charge.
 *
 * <p>Allowed valences of the neutral elements: H 1, B 3, C/Si/Ge 4, N 3, P/As 3 or 5, O 2, S/Se/Te
 * 2, 4 or 6, F 1, Cl/Br/I 1, 3, 5 or 7. A charged atom gets the valences of its isoelectronic element,
 * the one {@code charge} places to the left (N+ as C: 4; O+ as N: 3; O− as F: 1; C− as N: 3; B− as C: 4;
 * P− as S: 6). Other elements (metals), and charged atoms whose isoelectronic element is not listed,
 * are not checked, and neither is an atom with a bond of unknown order. Only reads the structure.
 */
final class Valence {

    private static final Map<Integer, int[]> ALLOWED = Map.ofEntries(
            Map.entry(1, new int[] {1}), Map.entry(5, new int[] {3}), Map.entry(6, new int[] {4}),
            Map.entry(7, new int[] {3}), Map.entry(8, new int[] {2}), Map.entry(9, new int[] {1}),
            Map.entry(14, new int[] {4}), Map.entry(15, new int[] {3, 5}), Map.entry(16, new int[] {2, 4, 6}),
            Map.entry(17, new int[] {1, 3, 5, 7}), Map.entry(32, new int[] {4}), Map.entry(33, new int[] {3, 5}),
            Map.entry(34, new int[] {2, 4, 6}), Map.entry(35, new int[] {1, 3, 5, 7}), Map.entry(52, new int[] {2, 4, 6}),
            Map.entry(53, new int[] {1, 3, 5, 7}));

    private Valence() {
    }

    /** One message per atom with an impossible valence, e.g. {@code valence 5 on C at atom 1 (at most 4)}. */
    static List<String> problems(IAtomContainer structure) {
        List<String> problems = new ArrayList<>(0);
        for (int i = 0; i < structure.getAtomCount(); i++) {
            IAtom atom = structure.getAtom(i);
            int valence = valence(structure, atom);
            int max = maximum(atom);
            if (valence >= 0 && max != Integer.MAX_VALUE && valence > max) {
                problems.add("valence " + valence + " on " + describe(atom) + " at atom " + (i + 1) + " (at most " + max + ")");
            }
        }
        return problems;
    }

    /** The largest valence allowed for the atom's element and charge, {@code Integer.MAX_VALUE} when unchecked. */
    static int maximum(IAtom atom) {
        int z = atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
        int charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
        int[] allowed = ALLOWED.get(z - charge);
        return allowed == null || !ALLOWED.containsKey(z) ? Integer.MAX_VALUE : allowed[allowed.length - 1];
    }

    /** Bond orders plus hydrogens; -1 when a bond's order is unknown. */
    static int valence(IAtomContainer structure, IAtom atom) {
        int valence = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
        for (IBond bond : structure.getConnectedBondsList(atom)) {
            if (bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET) {
                return -1;
            }
            valence += bond.getOrder().numeric();
        }
        return valence;
    }

    static String describe(IAtom atom) {
        int charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
        String sign = charge == 0 ? "" : charge == 1 ? "+" : charge == -1 ? "-" : (charge > 0 ? "+" : "") + charge;
        return atom.getSymbol() + sign;
    }
}
