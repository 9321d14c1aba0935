package org.retort.node.chem.interference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.retort.node.chem.internal.Structures;

/**
 * Matches the PAINS alerts against a molecule.
 *
 * <p>The published SMARTS spell hydrogens as atoms ({@code [#1]}), so the molecule is matched as a copy
 * with every hydrogen explicit: with implicit hydrogens CDK finds only 94 of the 462 known positives.
 * The copy is prepared once (rings, Daylight aromaticity) and the patterns skip their own preparation.
 *
 * <p>Compiled patterns are kept per thread: CDK compiles a recursive SMARTS ({@code $(...)}) lazily on
 * first use, writing an unsynchronised field of the shared query, so a compiled {@link SmartsPattern}
 * is not safe to use from several threads at once. Compiling the 480 patterns takes a fraction of a
 * second, once per worker thread.
 */
final class PainsMatcher {

    private static final ThreadLocal<List<SmartsPattern>> PATTERNS = ThreadLocal.withInitial(PainsMatcher::compile);

    private PainsMatcher() {
    }

    /** The alerts of the given families that {@code structure} hits, in catalogue order; the structure is not changed. */
    static List<PainsAlert> hits(IAtomContainer structure, Set<PainsFamily> families) throws CDKException {
        IAtomContainer target = Structures.copy(structure);
        AtomContainerManipulator.convertImplicitToExplicitHydrogens(target);
        SmartsPattern.prepare(target);
        List<SmartsPattern> patterns = PATTERNS.get();
        var hits = new ArrayList<PainsAlert>();
        for (PainsAlert alert : PainsCatalog.alerts()) {
            if (families.contains(alert.family()) && patterns.get(alert.index()).matches(target)) {
                hits.add(alert);
            }
        }
        return hits;
    }

    static List<SmartsPattern> compile() {
        var builder = SilentChemObjectBuilder.getInstance();
        return PainsCatalog.alerts().stream()
                .map(alert -> SmartsPattern.create(alert.smarts(), builder).setPrepare(false))
                .toList();
    }
}
