package org.retort.node.chem.descriptors;

import java.util.List;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The Descriptors node's per-molecule work for the six descriptors of the chemistry pipeline benchmark
 * (MW, XLogP, TPSA, Lipinski donors and acceptors, rotatable bonds), for the benchmarks' plain loop
 * ({@code org.retort.benchmarks.ChemPipeline}). In the benchmarks module but in the node's package,
 * because {@link Calculation}, {@link CdkDescriptors} and {@link Descriptor} are package-private (one
 * package on a flat class path). It does what {@code Descriptors.process} does for one row: a
 * {@link Calculation} over this thread's CDK descriptor objects, each value rounded as the node rounds
 * it, {@code null} where the node leaves the cell empty.
 */
public final class DescriptorSteps {

    /** In the node's output order. */
    private static final List<Descriptor> SIX = List.of(Descriptor.MW, Descriptor.XLOGP, Descriptor.TPSA,
            Descriptor.HBD_LIPINSKI, Descriptor.HBA_LIPINSKI, Descriptor.ROTATABLE_BONDS);

    private DescriptorSteps() {
    }

    /** The column names, in order. */
    public static List<String> columns() {
        return SIX.stream().map(d -> d.column().name()).toList();
    }

    /** The six values of a prepared structure, which is only read. */
    public static Object[] of(IAtomContainer structure) {
        var calculation = new Calculation(structure, CdkDescriptors.get());
        Object[] values = new Object[SIX.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = SIX.get(i).valueOrNull(calculation);
        }
        return values;
    }
}
