package org.retort.node.chem.descriptors;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.DescriptorValue;
import org.openscience.cdk.qsar.IMolecularDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.ALOGPDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondAcceptorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.HBondDonorCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.RotatableBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.qsar.result.DoubleArrayResult;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.qsar.result.IDescriptorResult;
import org.openscience.cdk.qsar.result.IntegerResult;

/**
 * The CDK descriptors this node uses, one set per thread: CDK descriptor objects keep working state in
 * fields (ALogP does), so they are never shared between threads, and building them once per thread
 * instead of once per molecule keeps their set-up out of the per-molecule cost.
 *
 * <p>None of them changes the structure it is given: XLogP, the H-bond counts and the rotatable bond
 * count work on their own copies, ALogP only reads (CDK 2.12's ALogP counts implicit hydrogens, so it
 * needs no explicit-hydrogen copy; {@code DescriptorNciPropertiesTest} checks this on the 200 NCI molecules).
 */
final class CdkDescriptors {

    private static final ThreadLocal<CdkDescriptors> PER_THREAD = ThreadLocal.withInitial(CdkDescriptors::new);

    /** XLogP 3 (Wang et al.), default parameters: no aromaticity re-perception, no salicylic acid correction. */
    private final XLogPDescriptor xlogp = new XLogPDescriptor();
    /** Ghose–Crippen ALogP; the first of its three values (ALogP, ALogP², AMR). */
    private final ALOGPDescriptor alogp;
    private final HBondAcceptorCountDescriptor acceptors = new HBondAcceptorCountDescriptor();
    private final HBondDonorCountDescriptor donors = new HBondDonorCountDescriptor();
    /** Defaults: terminal bonds excluded, amide C–N bonds counted. */
    private final RotatableBondsCountDescriptor rotatable = new RotatableBondsCountDescriptor();

    private CdkDescriptors() {
        try {
            alogp = new ALOGPDescriptor();
        } catch (CDKException e) {
            throw new IllegalStateException("CDK's ALogP tables did not load", e);
        }
    }

    static CdkDescriptors get() {
        return PER_THREAD.get();
    }

    double xlogp(IAtomContainer structure) throws CDKException {
        return number(xlogp, structure);
    }

    double alogp(IAtomContainer structure) throws CDKException {
        return number(alogp, structure);
    }

    int acceptors(IAtomContainer structure) throws CDKException {
        return (int) number(acceptors, structure);
    }

    int donors(IAtomContainer structure) throws CDKException {
        return (int) number(donors, structure);
    }

    int rotatableBonds(IAtomContainer structure) throws CDKException {
        return (int) number(rotatable, structure);
    }

    /** The descriptor's (first) value; CDK reports failures inside the value, this throws them. */
    static double number(IMolecularDescriptor descriptor, IAtomContainer structure) throws CDKException {
        DescriptorValue value = descriptor.calculate(structure);
        if (value.getException() != null) {
            throw new CDKException(value.getException().getMessage(), value.getException());
        }
        IDescriptorResult result = value.getValue();
        double number;
        if (result instanceof DoubleResult d) {
            number = d.doubleValue();
        } else if (result instanceof IntegerResult i) {
            number = i.intValue();
        } else if (result instanceof DoubleArrayResult a) {
            number = a.get(0);
        } else {
            throw new CDKException("unexpected result " + result.getClass().getSimpleName());
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new CDKException("no value");
        }
        return number;
    }
}
