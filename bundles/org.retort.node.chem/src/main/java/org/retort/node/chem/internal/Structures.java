package org.retort.node.chem.internal;

import java.io.StringReader;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.MDLV3000Reader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;

/**
 * The one way Retort's chemistry nodes turn a {@link Molecule} into a CDK structure, so that every node
 * of a run sees the same, already prepared structure and a molecule is parsed once per run.
 *
 * <p>Prepared means: atom types perceived and configured, implicit hydrogens set, rings marked and
 * Daylight aromaticity applied (CDK's {@code ElectronDonation.daylight()} with all cycles, the model
 * RDKit and most SMILES toolkits use). The cached structure is shared: a node that needs to change it
 * works on {@link #copy}.
 */
public final class Structures {

    private static final IChemObjectBuilder BUILDER = SilentChemObjectBuilder.getInstance();
    private static final Aromaticity AROMATICITY = new Aromaticity(ElectronDonation.daylight(), Cycles.or(Cycles.all(), Cycles.relevant()));
    /** SmilesParser is not thread-safe; one per thread. */
    private static final ThreadLocal<SmilesParser> SMILES = ThreadLocal.withInitial(() -> new SmilesParser(BUILDER));

    private Structures() {
    }

    /** The prepared structure of {@code molecule}, parsed the first time and kept on the molecule. */
    public static IAtomContainer of(Molecule molecule) throws CDKException {
        try {
            return molecule.structure(IAtomContainer.class, Structures::parse);
        } catch (CDKException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CDKException(e.getMessage(), e);
        }
    }

    /**
     * The position of the molecule column a node works on: the column {@code name}, or the first
     * {@code MOLECULE} column when {@code name} is empty.
     *
     * @throws IllegalArgumentException naming the column when it is missing or does not hold molecules
     */
    public static int column(Schema schema, String name) {
        if (name == null || name.isEmpty()) {
            for (int i = 0; i < schema.size(); i++) {
                if (schema.columns().get(i).type() == ColumnType.MOLECULE) {
                    return i;
                }
            }
            throw new IllegalArgumentException("the input has no molecule column (columns: " + schema.names() + ")");
        }
        int i = schema.index(name);
        if (schema.columns().get(i).type() != ColumnType.MOLECULE) {
            throw new IllegalArgumentException("column '" + name + "' holds " + schema.columns().get(i).type() + ", not molecules");
        }
        return i;
    }

    /**
     * The prepared, shared (read-only) structure of the molecule in {@code row} at {@code column}.
     *
     * @throws IllegalArgumentException when the cell is empty
     * @throws CDKException             when the molecule cannot be parsed (the parser's message)
     */
    public static IAtomContainer of(Row row, int column) throws CDKException {
        Molecule molecule = row.molecule(column);
        if (molecule == null) {
            throw new IllegalArgumentException("no molecule");
        }
        return of(molecule);
    }

    /** Parses and prepares, without looking at or filling the molecule's cache. */
    public static IAtomContainer parse(Molecule molecule) throws CDKException {
        IAtomContainer structure = switch (molecule.format()) {
            case SMILES -> parseSmiles(molecule.text());
            case MOLFILE -> parseMolfile(molecule.text());
        };
        prepare(structure);
        return structure;
    }

    /** A copy a node may change. */
    public static IAtomContainer copy(IAtomContainer structure) throws CDKException {
        try {
            return structure.clone();
        } catch (CloneNotSupportedException e) {
            throw new CDKException("cannot copy structure", e);
        }
    }

    /** Perceives atom types, adds implicit hydrogens, marks rings and applies aromaticity, in place. */
    public static void prepare(IAtomContainer structure) throws CDKException {
        AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(structure);
        Cycles.markRingAtomsAndBonds(structure);
        AROMATICITY.apply(structure);
    }

    private static IAtomContainer parseSmiles(String smiles) throws CDKException {
        String text = smiles.strip();
        if (text.isEmpty()) {
            throw new InvalidSmilesException("empty SMILES");
        }
        return SMILES.get().parseSmiles(text);
    }

    private static IAtomContainer parseMolfile(String molfile) throws CDKException {
        boolean v3000 = molfile.contains("V3000");
        try (var reader = v3000 ? new MDLV3000Reader(new StringReader(molfile)) : new MDLV2000Reader(new StringReader(molfile))) {
            IAtomContainer structure = v3000
                    ? ((MDLV3000Reader) reader).read(BUILDER.newAtomContainer())
                    : ((MDLV2000Reader) reader).read(BUILDER.newAtomContainer());
            if (structure == null) {
                throw new CDKException("not a molfile");
            }
            return structure;
        } catch (java.io.IOException e) {
            throw new CDKException("cannot read molfile: " + e.getMessage(), e);
        }
    }
}
