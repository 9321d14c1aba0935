package org.retort.node.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.MDLV2000Writer;
import org.openscience.cdk.io.MDLV3000Reader;
import org.openscience.cdk.io.MDLV3000Writer;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.retort.api.data.Molecule;

/**
 * The exporters' conversions with CDK: SMILES from a molfile, a molfile with 2D coordinates from a
 * SMILES. Molecules are parsed from their text each time; a structure cached on a {@link Molecule} is
 * neither used nor set (other nodes cache prepared structures there, and coordinates would change it).
 * One instance per writer: the CDK objects it holds are not thread-safe.
 */
final class CdkMolfiles {

    /** Line 2 of every molfile written: constant (CDK's carries a time stamp), 2D coordinates. */
    static final String PROGRAM_LINE = "  Retort            2D";

    private static final IChemObjectBuilder BUILDER = SilentChemObjectBuilder.getInstance();
    private static final int V2000_LIMIT = 999;

    private final SmilesParser parser = new SmilesParser(BUILDER);
    private final SmilesGenerator generator = new SmilesGenerator(SmiFlavor.Absolute);
    private final StructureDiagramGenerator layout = new StructureDiagramGenerator();

    /** The molecule's SMILES: its text when written as SMILES, else canonical isomeric SMILES from its molfile. */
    String smiles(Molecule molecule) throws CDKException {
        if (molecule.format() == Molecule.Format.SMILES) {
            return molecule.text();
        }
        return generator.create(readMolfile(molecule.text()));
    }

    /**
     * The molblock to write, through {@code M  END} with {@code \n} line ends: a molfile cell as it is
     * (only its title line replaced when {@code title} is not null), a SMILES cell with 2D coordinates
     * in V2000 or, when asked or when it has more than 999 atoms or bonds, V3000.
     */
    String molblock(Molecule molecule, String title, boolean v3000) throws CDKException {
        if (molecule.format() == Molecule.Format.MOLFILE) {
            return retitle(molecule.text(), title);
        }
        String smiles = molecule.text().strip();
        if (smiles.isEmpty()) {
            throw new CDKException("empty SMILES");
        }
        IAtomContainer structure = parser.parseSmiles(smiles);
        layout.generateCoordinates(structure);
        return retitle(write(structure, v3000), title == null ? "" : title);
    }

    /** An empty molblock (no atoms), for a row without a usable molecule. */
    String empty(String title) throws CDKException {
        return retitle(write(BUILDER.newAtomContainer(), false), title == null ? "" : title);
    }

    private static String write(IAtomContainer structure, boolean v3000) throws CDKException {
        StringWriter text = new StringWriter();
        boolean large = structure.getAtomCount() > V2000_LIMIT || structure.getBondCount() > V2000_LIMIT;
        try (var writer = v3000 || large ? new MDLV3000Writer(text) : new MDLV2000Writer(text)) {
            writer.write(structure);
        } catch (IOException e) {
            throw new CDKException("cannot write molfile: " + e.getMessage(), e);
        }
        String[] lines = text.toString().split("\\R", -1);
        if (lines.length > 1) {
            lines[1] = PROGRAM_LINE;
        }
        return String.join("\n", lines);
    }

    /** {@code molfile} cut after its {@code M  END} line, {@code \n} line ends, its first line replaced by {@code title} if given. */
    static String retitle(String molfile, String title) {
        String[] lines = molfile.split("\\R", -1);
        StringBuilder out = new StringBuilder(molfile.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 && title != null ? title.replaceAll("[\\r\\n]+", " ") : lines[i]).append('\n');
            if (lines[i].startsWith("M  END")) {
                return out.toString();
            }
        }
        return out.toString().endsWith("\n\n") ? out.substring(0, out.length() - 1) : out.toString();
    }

    private static IAtomContainer readMolfile(String molfile) throws CDKException {
        boolean v3000 = countsLine(molfile).contains("V3000");
        try (var reader = v3000 ? new MDLV3000Reader(new StringReader(molfile)) : new MDLV2000Reader(new StringReader(molfile))) {
            IAtomContainer structure = v3000
                    ? ((MDLV3000Reader) reader).read(BUILDER.newAtomContainer())
                    : ((MDLV2000Reader) reader).read(BUILDER.newAtomContainer());
            if (structure == null) {
                throw new CDKException("not a molfile");
            }
            return structure;
        } catch (IOException e) {
            throw new CDKException("cannot read molfile: " + e.getMessage(), e);
        }
    }

    private static String countsLine(String molfile) {
        String[] lines = molfile.split("\\R", 5);
        return lines.length > 3 ? lines[3] : "";
    }
}
