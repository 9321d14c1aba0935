package org.retort.node.ml;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * The rows of a table turned into feature vectors and targets, following the settings: rows with a
 * missing or unreadable value dropped or failed, constant feature columns dropped with a warning.
 * A missing feature kept for imputation is {@code NaN}.
 */
final class Examples {

    static final String DROPPED = "rows dropped, missing value";
    static final String CONSTANT = "constant feature columns dropped";

    final String target;
    final List<String> features;
    final List<Row> rows;
    final double[][] x;
    /** The targets of a regression, else {@code null}. */
    final double[] y;
    /** The classes of a classification, else {@code null}. */
    final String[] labels;
    /** The classes, sorted; empty for a regression. */
    final List<String> classes;
    final List<Row> failed;
    /** The rows as Tribuo examples, built on first use for the builder {@link #builder} last gave. */
    private ExampleBuilder builder;
    private Example<?>[] examples;

    private Examples(String target, List<String> features, List<Row> rows, double[][] x, double[] y, String[] labels, List<Row> failed) {
        this.target = target;
        this.features = features;
        this.rows = rows;
        this.x = x;
        this.y = y;
        this.labels = labels;
        this.classes = labels == null ? List.of() : List.copyOf(new TreeSet<>(List.of(labels)));
        this.failed = failed;
    }

    int size() {
        return rows.size();
    }

    /** How these rows become Tribuo examples for {@code algorithm} (the same builder while the algorithm's needs are). */
    synchronized ExampleBuilder builder(Algorithm algorithm) {
        if (builder == null || !builder.fits(features, algorithm)) {
            builder = new ExampleBuilder(features, algorithm);
            examples = new Example<?>[size()];
        }
        return builder;
    }

    /** Row {@code i} as a Tribuo example with its target, built once and shared by every model trained on or predicting it. */
    synchronized Example<?> example(int i, ExampleBuilder with) {
        if (with != builder) {
            return example(i, with, x[i]);
        }
        if (examples[i] == null) {
            examples[i] = example(i, with, x[i]);
        }
        return examples[i];
    }

    /** Row {@code i}'s target with the feature values {@code values} (e.g. imputed) as a Tribuo example. */
    Example<?> example(int i, ExampleBuilder with, double[] values) {
        return y != null ? with.example(new Regressor(target, y[i]), values) : with.example(new Label(labels[i]), values);
    }

    /** Reads {@code table}; throws {@link IllegalArgumentException} when nothing is left to learn from. */
    static Examples of(Table table, Settings settings, NodeContext context) {
        List<String> names = settings.featureColumns(table.schema());
        int[] columns = names.stream().mapToInt(table.schema()::index).toArray();
        int target = table.schema().index(settings.target());
        var rows = new ArrayList<Row>();
        var vectors = new ArrayList<double[]>();
        var targets = new ArrayList<Object>();
        var failed = new ArrayList<Row>(table.failedRows());
        long dropped = 0;
        for (Row row : table.goodRows()) {
            Object value;
            try {
                value = target(row.get(target), settings);
            } catch (IllegalArgumentException e) {
                failed.add(row.fail(e.getMessage()));
                continue;
            }
            String missing = value == null ? "no value in target column '" + settings.target() + "'" : null;
            double[] vector = new double[columns.length];
            for (int i = 0; i < columns.length && missing == null; i++) {
                vector[i] = number(row.get(columns[i]));
                if (Double.isNaN(vector[i]) && settings.missing() != MissingValues.IMPUTE_MEAN) {
                    missing = "no value in feature column '" + names.get(i) + "'";
                }
            }
            if (missing != null) {
                if (settings.missing() == MissingValues.DROP_ROW) {
                    dropped++;
                } else {
                    failed.add(row.fail(missing));
                }
                continue;
            }
            rows.add(row);
            vectors.add(vector);
            targets.add(value);
        }
        if (dropped > 0) {
            context.count(DROPPED, dropped);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows to learn from: " + table.size() + " rows in, " + failed.size()
                    + " failed, " + dropped + " dropped for a missing value");
        }
        Columns kept = dropConstant(names, vectors, context);
        double[][] x = kept.x();
        Examples examples = settings.task() == Task.REGRESSION
                ? new Examples(settings.target(), kept.names(), rows, x, targets.stream().mapToDouble(t -> (Double) t).toArray(), null, failed)
                : new Examples(settings.target(), kept.names(), rows, x, null, targets.stream().map(String::valueOf).toArray(String[]::new), failed);
        if (settings.task() == Task.CLASSIFICATION && examples.classes.size() < 2) {
            throw new IllegalArgumentException("target '" + settings.target() + "' has one class only (" + examples.classes
                    + "): a classifier needs at least two" + (settings.thresholded() ? "; change the class threshold" : ""));
        }
        return examples;
    }

    private record Columns(List<String> names, double[][] x) {
    }

    /** Leaves out the columns with one value only (missing values aside): they cannot inform a model. */
    private static Columns dropConstant(List<String> names, List<double[]> vectors, NodeContext context) {
        var keep = new ArrayList<Integer>();
        var constant = new ArrayList<String>();
        for (int j = 0; j < names.size(); j++) {
            double first = Double.NaN;
            boolean varies = false;
            for (double[] v : vectors) {
                if (Double.isNaN(v[j])) {
                    continue;
                }
                if (Double.isNaN(first)) {
                    first = v[j];
                } else if (v[j] != first) {
                    varies = true;
                    break;
                }
            }
            if (varies) {
                keep.add(j);
            } else {
                constant.add(names.get(j));
            }
        }
        if (keep.isEmpty()) {
            throw new IllegalArgumentException("every feature column is constant over the rows used " + abbreviate(constant)
                    + ": nothing to learn from");
        }
        if (!constant.isEmpty()) {
            context.count(CONSTANT, constant.size());
            context.warn(constant.size() + " constant feature column(s) left out: " + abbreviate(constant));
        }
        double[][] x = new double[vectors.size()][keep.size()];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < keep.size(); k++) {
                x[i][k] = vectors.get(i)[keep.get(k)];
            }
        }
        return new Columns(keep.stream().map(names::get).toList(), x);
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 10 ? names.toString() : names.subList(0, 10) + " and " + (names.size() - 10) + " more";
    }

    /** SHA-256 of the target and feature names and every value learnt from, in row order (hex). */
    String contentHash(String target) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((target + "\n" + String.join(",", features) + "\n").getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(8 * (features.size() + 1));
            for (int i = 0; i < x.length; i++) {
                buffer.clear();
                for (double v : x[i]) {
                    buffer.putDouble(v);
                }
                if (y != null) {
                    buffer.putDouble(y[i]);
                }
                digest.update(buffer.array(), 0, buffer.position());
                if (labels != null) {
                    digest.update((labels[i] + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The target as a Double (regression, threshold), a class name, or null when missing. */
    private static Object target(Object cell, Settings settings) {
        if (cell == null) {
            return null;
        }
        if (settings.task() == Task.CLASSIFICATION && !settings.thresholded()) {
            return cell.toString();
        }
        double value;
        if (cell instanceof Number n) {
            value = n.doubleValue();
        } else {
            try {
                value = Double.parseDouble(cell.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("target '" + settings.target() + "' is not a number: '" + cell + "'");
            }
        }
        if (Double.isNaN(value)) {
            return null;
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("target '" + settings.target() + "' is infinite");
        }
        if (settings.task() == Task.CLASSIFICATION) {
            return value >= settings.thresholdValue() ? Settings.ACTIVE : Settings.INACTIVE;
        }
        return value;
    }

    /** A feature cell as a double; NaN when missing. */
    static double number(Object cell) {
        if (cell == null) {
            return Double.NaN;
        }
        if (cell instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) cell).doubleValue();
    }
}
