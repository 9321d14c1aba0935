package org.retort.node.chem.descriptors;

import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/** Ring counts on the smallest set of smallest rings (SSSR). */
final class Rings {

    private Rings() {
    }

    /** The rings of {@code sssr} whose bonds are all aromatic (Daylight model as perceived by {@code Structures}). */
    static int aromatic(IAtomContainer structure, Cycles sssr) {
        int count = 0;
        for (int[] path : sssr.paths()) {
            boolean aromatic = true;
            for (int i = 0; i + 1 < path.length && aromatic; i++) {
                IBond bond = structure.getBond(structure.getAtom(path[i]), structure.getAtom(path[i + 1]));
                aromatic = bond != null && bond.isAromatic();
            }
            if (aromatic) {
                count++;
            }
        }
        return count;
    }
}
