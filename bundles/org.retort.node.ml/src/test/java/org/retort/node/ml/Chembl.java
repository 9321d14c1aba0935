package org.retort.node.ml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

/**
 * The 1,017 compounds of ChEMBL assay CHEMBL2321810 with their pIC50 (ChEMBL data, CC BY-SA 3.0, via
 * Debian's rdkit-data; see {@code workflows/data/README.md}), read from the repository's copy, with
 * ECFP4 folded to 1024 bits computed by CDK as columns {@code ecfp4_1024_0} … {@code ecfp4_1024_1023}, and the
 * molecule (its SMILES as in the file) last, in column {@code molecule}.
 */
final class Chembl {

    static final Path FILE = Path.of("../../workflows/data/chembl2321810.csv");
    static final int BITS = 1024;
    static final String PREFIX = "ecfp4_1024_";
    private static Table table;

    private Chembl() {
    }

    static synchronized Table table() {
        if (table == null) {
            table = read();
        }
        return table;
    }

    /** Every {@code step}-th row, from the first (the file is sorted by pIC50: this spreads the values). */
    static Table every(int step) {
        Table all = table();
        var rows = new ArrayList<Row>();
        for (int i = 0; i < all.size(); i += step) {
            rows.add(all.rows().get(i));
        }
        return new Table(all.schema(), rows);
    }

    /** The first {@code n} rows. */
    static Table first(int n) {
        Table all = table();
        return new Table(all.schema(), all.rows().subList(0, n));
    }

    private static Table read() {
        var columns = new ArrayList<Column>(List.of(Column.of("compound_id", ColumnType.STRING), Column.of("p_ic50", ColumnType.DOUBLE)));
        for (int i = 0; i < BITS; i++) {
            columns.add(Column.of(PREFIX + i, ColumnType.INTEGER));
        }
        columns.add(Column.of("molecule", ColumnType.MOLECULE));
        var parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        var fingerprinter = new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4, BITS);
        var rows = new ArrayList<Row>();
        try {
            List<String> lines = Files.readAllLines(FILE);
            for (int line = 1; line < lines.size(); line++) {
                String[] f = lines.get(line).split(",");
                IAtomContainer molecule = parser.parseSmiles(f[0]);
                var bits = fingerprinter.getBitFingerprint(molecule).asBitSet();
                var values = new ArrayList<Object>(BITS + 2);
                values.add(f[1]);
                values.add(Double.parseDouble(f[2]));
                for (int i = 0; i < BITS; i++) {
                    values.add(bits.get(i) ? 1L : 0L);
                }
                values.add(Molecule.smiles(f[0]));
                rows.add(new Row(line, values, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CDKException e) {
            throw new IllegalStateException(e);
        }
        return new Table(new Schema(columns), rows);
    }
}
