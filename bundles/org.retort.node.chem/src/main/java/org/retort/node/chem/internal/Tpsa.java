package org.retort.node.chem.internal;

import java.util.HashMap;
import java.util.Map;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Topological polar surface area by Ertl's fragment contributions (P. Ertl, B. Rohde, P. Selzer,
 * J. Med. Chem. 2000, 43, 3714, Table 1).
 *
 * <p>{@code of(structure, false)} counts nitrogen and oxygen only: Ertl's TPSA as computed by his
 * {@code tpsa.c}, Daylight, RDKit's default and ChEMBL. With {@code true} the paper's sulfur and
 * phosphorus types are added as well, as CDK's {@code TPSADescriptor} does.
 *
 * <p>An atom's type is given by its hydrogens (implicit or explicit), formal charge, its single, double,
 * triple and aromatic bonds to heavy atoms, and for three types whether it is in a three-membered ring.
 * A nitrogen or oxygen whose environment is missing from the table (charged oxygen, azide and diazo
 * nitrogens, atoms bonded to metals) contributes Ertl's fallback as in {@code tpsa.c} and RDKit's
 * {@code CalcTPSA}: {@code 30.5 - 8.2 n + 1.5 h} for N and {@code 28.5 - 8.6 n + 1.5 h} for O, with
 * {@code n} heavy neighbours and {@code h} hydrogens, never below 0. Sulfur and phosphorus outside the
 * table contribute nothing (as in CDK). The structure must have its aromaticity perceived (Daylight
 * model, see {@code Structures}); it is only read.
 */
public final class Tpsa {

    /** An atom environment: element, H, charge, and bonds to heavy atoms by kind. */
    record Environment(int z, int h, int charge, int single, int dbl, int triple, int aromatic) {
    }

    private static final Map<Environment, Double> TABLE = new HashMap<>();
    /** The contributions of the types that differ inside a three-membered ring. */
    private static final Map<Environment, Double> IN_THREE_RING = new HashMap<>();

    static {
        // nitrogen: h, charge, single, double, triple, aromatic
        put(7, 0, 0, 3, 0, 0, 0, 3.24, 3.01); // -N(-)-
        put(7, 0, 0, 1, 1, 0, 0, 12.36); // -N=
        put(7, 0, 0, 0, 0, 1, 0, 23.79); // N#
        put(7, 0, 0, 1, 2, 0, 0, 11.68); // -N(=)=
        put(7, 0, 0, 0, 1, 1, 0, 13.60); // =N#
        put(7, 1, 0, 2, 0, 0, 0, 12.03, 21.94); // -[NH]-
        put(7, 1, 0, 0, 1, 0, 0, 23.85); // [NH]=
        put(7, 2, 0, 1, 0, 0, 0, 26.02); // [NH2]-
        put(7, 0, 1, 4, 0, 0, 0, 0.00); // -[N+](-)(-)-
        put(7, 0, 1, 2, 1, 0, 0, 3.01); // -[N+](-)=
        put(7, 0, 1, 1, 0, 1, 0, 4.36); // -[N+]#
        put(7, 1, 1, 3, 0, 0, 0, 4.44); // -[NH+](-)-
        put(7, 1, 1, 1, 1, 0, 0, 13.97); // -[NH+]=
        put(7, 2, 1, 2, 0, 0, 0, 16.61); // -[NH2+]-
        put(7, 2, 1, 0, 1, 0, 0, 25.59); // [NH2+]=
        put(7, 3, 1, 1, 0, 0, 0, 27.64); // [NH3+]-
        put(7, 0, 0, 0, 0, 0, 2, 12.89); // :n:
        put(7, 0, 0, 0, 0, 0, 3, 4.41); // :n(:):
        put(7, 0, 0, 1, 0, 0, 2, 4.93); // -n(:):
        put(7, 0, 0, 0, 1, 0, 2, 8.39); // =n(:):
        put(7, 1, 0, 0, 0, 0, 2, 15.79); // :[nH]:
        put(7, 0, 1, 0, 0, 0, 3, 4.10); // :[n+](:):
        put(7, 0, 1, 1, 0, 0, 2, 3.88); // -[n+](:):
        put(7, 1, 1, 0, 0, 0, 2, 14.14); // :[nH+]:
        // oxygen
        put(8, 0, 0, 2, 0, 0, 0, 9.23, 12.53); // -O-
        put(8, 0, 0, 0, 1, 0, 0, 17.07); // O=
        put(8, 1, 0, 1, 0, 0, 0, 20.23); // [OH]-
        put(8, 0, -1, 1, 0, 0, 0, 23.06); // [O-]-
        put(8, 0, 0, 0, 0, 0, 2, 13.14); // :o:
        // sulfur (only with sulfurAndPhosphorus)
        put(16, 0, 0, 2, 0, 0, 0, 25.30); // -S-
        put(16, 0, 0, 0, 1, 0, 0, 32.09); // S=
        put(16, 0, 0, 2, 1, 0, 0, 19.21); // -S(=)-
        put(16, 0, 0, 2, 2, 0, 0, 8.38); // -S(=)(=)-
        put(16, 1, 0, 1, 0, 0, 0, 38.80); // [SH]-
        put(16, 0, 0, 0, 0, 0, 2, 28.24); // :s:
        put(16, 0, 0, 0, 1, 0, 2, 21.70); // =s(:):
        // phosphorus (only with sulfurAndPhosphorus)
        put(15, 0, 0, 3, 0, 0, 0, 13.59); // -P(-)-
        put(15, 0, 0, 1, 1, 0, 0, 34.14); // -P=
        put(15, 0, 0, 3, 1, 0, 0, 9.81); // -P(=)(-)-
        put(15, 1, 0, 2, 1, 0, 0, 23.47); // -[PH](=)-
    }

    private Tpsa() {
    }

    private static void put(int z, int h, int charge, int single, int dbl, int triple, int aromatic, double value) {
        TABLE.put(new Environment(z, h, charge, single, dbl, triple, aromatic), value);
    }

    private static void put(int z, int h, int charge, int single, int dbl, int triple, int aromatic, double value, double inRing) {
        put(z, h, charge, single, dbl, triple, aromatic, value);
        IN_THREE_RING.put(new Environment(z, h, charge, single, dbl, triple, aromatic), inRing);
    }

    /** TPSA in Å²; N and O only unless {@code sulfurAndPhosphorus}. */
    public static double of(IAtomContainer structure, boolean sulfurAndPhosphorus) {
        double sum = 0;
        for (IAtom atom : structure.atoms()) {
            int z = atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
            if (z == 7 || z == 8 || (sulfurAndPhosphorus && (z == 15 || z == 16))) {
                sum += contribution(structure, atom);
            }
        }
        return sum;
    }

    /** The contribution of one atom: its table value, else the fallback for N and O, else 0. */
    static double contribution(IAtomContainer structure, IAtom atom) {
        Environment environment = environment(structure, atom);
        Double value = TABLE.get(environment);
        if (value == null) {
            return fallback(environment);
        }
        Double inRing = IN_THREE_RING.get(environment);
        return inRing != null && inThreeRing(structure, atom) ? inRing : value;
    }

    static Environment environment(IAtomContainer structure, IAtom atom) {
        int h = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
        int single = 0;
        int dbl = 0;
        int triple = 0;
        int aromatic = 0;
        for (IBond bond : structure.getConnectedBondsList(atom)) {
            Integer other = bond.getOther(atom).getAtomicNumber();
            if (other != null && other == 1) {
                h++;
            } else if (bond.isAromatic()) {
                aromatic++;
            } else if (bond.getOrder() == IBond.Order.SINGLE) {
                single++;
            } else if (bond.getOrder() == IBond.Order.DOUBLE) {
                dbl++;
            } else if (bond.getOrder() == IBond.Order.TRIPLE) {
                triple++;
            }
        }
        int charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
        return new Environment(atom.getAtomicNumber(), h, charge, single, dbl, triple, aromatic);
    }

    static double fallback(Environment e) {
        int heavy = e.single() + e.dbl() + e.triple() + e.aromatic();
        double value = switch (e.z()) {
            case 7 -> 30.5 - 8.2 * heavy + 1.5 * e.h();
            case 8 -> 28.5 - 8.6 * heavy + 1.5 * e.h();
            default -> 0;
        };
        return Math.max(0, value);
    }

    /** Whether two neighbours of the atom are bonded to each other. */
    private static boolean inThreeRing(IAtomContainer structure, IAtom atom) {
        var neighbours = structure.getConnectedAtomsList(atom);
        for (int i = 0; i < neighbours.size(); i++) {
            for (int j = i + 1; j < neighbours.size(); j++) {
                if (structure.getBond(neighbours.get(i), neighbours.get(j)) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
