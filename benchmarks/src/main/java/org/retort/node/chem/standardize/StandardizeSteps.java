package org.retort.node.chem.standardize;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The Standardize node's per-molecule steps with its default settings, for the benchmarks' plain loop
 * ({@code org.retort.benchmarks.ChemPipeline}). It lives in the benchmarks module but in the node's
 * package, because {@link Standardizer}, {@link SaltList} and {@link Identifiers} are package-private:
 * on a flat class path (no OSGi, no JPMS) the same package in two jars is one package. It calls exactly
 * what {@code Standardize.standardize} calls, minus the row and table handling:
 * valence check (impossible valence fails the molecule, the default {@code FAIL}), salts stripped with
 * RDKit's list then the largest organic fragment kept, neutralization, canonical SMILES with aromatic
 * symbols, the status text, and the InChIKey only when asked for. Not thread-safe: one per thread.
 */
public final class StandardizeSteps {

    /** One standardized molecule: the structure the descriptors are computed on, and the text columns. */
    public record Output(IAtomContainer structure, String smiles, String status, String inchiKey) {
    }

    private final Standardizer standardizer =
            new Standardizer(Standardize.FragmentPolicy.STRIP_SALTS_THEN_LARGEST, SaltList.rdkit(), true);
    private final Identifiers identifiers;

    /** @param inchikey whether to compute the InChIKey (the node's default is on) */
    public StandardizeSteps(boolean inchikey) throws CDKException {
        this.identifiers = new Identifiers(true, inchikey ? InChIGeneratorFactory.getInstance() : null);
    }

    /**
     * Standardizes a prepared structure as the node does (the input is not changed).
     *
     * @throws IllegalArgumentException for an impossible valence, where the node fails the row
     */
    public Output apply(IAtomContainer input) throws CDKException {
        Standardizer.Result result = standardizer.standardize(input);
        if (!result.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", result.problems()));
        }
        Identifiers.Ids ids = identifiers.of(result.structure());
        List<String> notes = new ArrayList<>(result.changes());
        if (ids.inchiProblem() != null) {
            notes.add(ids.inchiProblem());
        }
        return new Output(result.structure(), ids.smiles(), Identifiers.status(notes), ids.inchiKey());
    }
}
