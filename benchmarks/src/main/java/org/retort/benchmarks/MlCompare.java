package org.retort.benchmarks;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.testing.RecordingContext;
import org.retort.node.ml.Algorithm;
import org.retort.node.ml.Evaluate;
import org.retort.node.ml.MissingValues;
import org.retort.node.ml.Task;


/**
 * Retort's Evaluate node (Tribuo) against scikit-learn on the same features and split
 * (docs/benchmarks.md, "Machine learning against scikit-learn"): the 1,017 ChEMBL compounds of
 * workflows/data/chembl2321810.csv, CDK ECFP4 1,024 bits, pIC50, the node's fixed-seed 80/20 split.
 * Writes the feature matrix and the node's test rows to {@code <out>/features.csv} and
 * {@code <out>/test-records.txt} for {@code benchmarks/ml_sklearn.py}, and prints, per algorithm, the
 * node's held-out RMSE and the median of 5 timed evaluations after 3 warm-up ones (training and
 * predicting; the JVM warm).
 */
public final class MlCompare {

    private static final int BITS = 1024;

    private MlCompare() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../workflows/data/chembl2321810.csv");
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/ml-compare"));
        Table table = features(data);
        write(table, out.resolve("features.csv"));
        System.out.printf(Locale.ROOT, "%d compounds, %d ECFP4 bits; features in %s%n", table.size(), BITS, out);
        for (Algorithm algorithm : List.of(Algorithm.LINEAR_SGD, Algorithm.CART, Algorithm.XGBOOST)) {
            var params = new Evaluate.Params(Task.REGRESSION, "p_ic50", "", "ecfp4_1024_", algorithm, MissingValues.FAIL_ROW, "", "",
                    100, 0, 42, Evaluate.Validation.SPLIT, 0.2, 5);
            Map<String, Table> result = null;
            long[] nanos = new long[5];
            for (int i = 0; i < 3 + nanos.length; i++) {
                long start = System.nanoTime();
                result = new Evaluate().process(Map.of("in", table), params, new RecordingContext());
                if (i >= 3) {
                    nanos[i - 3] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            double rmse = result.get("metrics").rows().stream()
                    .filter(r -> "test".equals(r.string(0)) && "rmse".equals(r.string(1))).mapToDouble(r -> r.number(2)).findFirst().orElseThrow();
            var test = new TreeSet<Long>();
            result.get("predictions").rows().forEach(r -> test.add(r.number(1).longValue()));
            Files.write(out.resolve("test-records.txt"), test.stream().map(String::valueOf).toList());
            System.out.printf(Locale.ROOT, "retort/tribuo %-10s test RMSE %.3f  median %.0f ms (of %d runs)%n", algorithm, rmse,
                    nanos[nanos.length / 2] / 1e6, nanos.length);
        }
    }

    private static Table features(Path file) throws Exception {
        var columns = new ArrayList<Column>(List.of(Column.of("p_ic50", ColumnType.DOUBLE)));
        for (int i = 0; i < BITS; i++) {
            columns.add(Column.of("ecfp4_1024_" + i, ColumnType.INTEGER));
        }
        var parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        var fingerprinter = new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4, BITS);
        var rows = new ArrayList<Row>();
        List<String> lines = Files.readAllLines(file);
        for (int line = 1; line < lines.size(); line++) {
            String[] f = lines.get(line).split(",");
            IAtomContainer molecule = parser.parseSmiles(f[0]);
            var bits = fingerprinter.getBitFingerprint(molecule).asBitSet();
            var values = new ArrayList<Object>(BITS + 1);
            values.add(Double.parseDouble(f[2]));
            for (int i = 0; i < BITS; i++) {
                values.add(bits.get(i) ? 1L : 0L);
            }
            rows.add(new Row(line, values, null));
        }
        return new Table(new Schema(columns), rows);
    }

    private static void write(Table table, Path file) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("record,p_ic50");
            for (int i = 0; i < BITS; i++) {
                w.write(",b" + i);
            }
            w.newLine();
            for (Row row : table.rows()) {
                var line = new StringBuilder().append(row.recordNumber()).append(',').append(row.number(0));
                for (int i = 1; i <= BITS; i++) {
                    line.append(",").append(row.number(i).longValue());
                }
                w.write(line.toString());
                w.newLine();
            }
        }
    }
}
