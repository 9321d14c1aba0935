package org.retort.node.chem.substructure;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.SmartsPattern;
import org.retort.node.chem.internal.Structures;

/**
 * One compiled SMARTS query. Not shared between threads (a compiled CDK SMARTS initialises recursive
 * parts lazily): a node compiles one per chunk, which costs microseconds.
 */
final class SubstructureSearch {

    /** At most this many matches are recorded per molecule; the count is always complete. */
    static final int RECORDED_MATCHES = 100;

    private final SmartsPattern pattern;

    private SubstructureSearch(SmartsPattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Compiles {@code smarts}.
     *
     * @throws IllegalArgumentException with CDK's reason and position when the SMARTS is not valid
     */
    static SubstructureSearch compile(String smarts) {
        if (smarts == null || smarts.isBlank()) {
            throw new IllegalArgumentException("no SMARTS given");
        }
        try {
            return new SubstructureSearch(SmartsPattern.create(smarts.strip(), SilentChemObjectBuilder.getInstance()));
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().replace("\n", " ").strip();
            throw new IllegalArgumentException("invalid SMARTS '" + smarts.strip() + "': " + reason, e);
        }
    }

    /**
     * The result of a search.
     *
     * @param target  the copy of the molecule that was searched (atoms in the original order); callers may change it
     * @param count   the number of unique matches (distinct atom sets)
     * @param matches the 0-based atom indices of each unique match, at most {@link #RECORDED_MATCHES}
     */
    record Result(IAtomContainer target, int count, List<int[]> matches) {
        boolean matched() {
            return count > 0;
        }
    }

    /** Searches a copy of {@code structure} (which is not changed: the SMARTS preparation resets aromaticity). */
    Result search(IAtomContainer structure) throws CDKException {
        IAtomContainer target = Structures.copy(structure);
        var matches = new ArrayList<int[]>();
        int count = 0;
        for (int[] match : pattern.matchAll(target).uniqueAtoms()) {
            if (count++ < RECORDED_MATCHES) {
                matches.add(match.clone());
            }
        }
        return new Result(target, count, matches);
    }

    /** The matches as JSON: an array of arrays of 0-based atom indices, e.g. {@code [[0,1,2],[5,6,7]]}. */
    static String json(List<int[]> matches) {
        var json = new StringBuilder("[");
        for (int i = 0; i < matches.size(); i++) {
            json.append(i == 0 ? "[" : ",[");
            int[] atoms = matches.get(i);
            for (int j = 0; j < atoms.length; j++) {
                json.append(j == 0 ? "" : ",").append(atoms[j]);
            }
            json.append(']');
        }
        return json.append(']').toString();
    }
}
