package org.retort.node.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;

/**
 * The learning settings Train and Evaluate share, with the design-time checks of a table's columns.
 *
 * @param features      feature column names given explicitly (may be empty)
 * @param prefix        every column whose name starts with it is a feature too (empty: none)
 * @param threshold     empty, or the number at or above which a numeric target is the class {@code active}
 * @param positiveClass the class ROC AUC and F1 are computed for; empty: see {@link #positive}
 * @param overrides     Tribuo configuration properties set on the algorithm's trainer, by name ({@link Trainers});
 *                      empty for the algorithm as {@link Algorithm} configures it
 */
record Settings(Task task, String target, List<String> features, String prefix, Algorithm algorithm,
        MissingValues missing, String threshold, String positiveClass, int trees, int maxDepth, long seed,
        Map<String, String> overrides) {

    static final String ACTIVE = "active";
    static final String INACTIVE = "inactive";

    static Settings of(Task task, String target, String features, String prefix, Algorithm algorithm, MissingValues missing,
            String threshold, String positiveClass, int trees, int maxDepth, long seed) {
        List<String> named = Arrays.stream(features == null ? new String[0] : features.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Settings(task, target, named, prefix == null ? "" : prefix, algorithm, missing,
                threshold == null ? "" : threshold.trim(), positiveClass == null ? "" : positiveClass.trim(), trees, maxDepth, seed,
                Map.of());
    }

    /** These settings with the trainer's configuration properties {@code overrides} set. */
    Settings with(Map<String, String> overrides) {
        return new Settings(task, target, features, prefix, algorithm, missing, threshold, positiveClass, trees, maxDepth, seed,
                Map.copyOf(overrides));
    }

    boolean thresholded() {
        return !threshold.isEmpty();
    }

    double thresholdValue() {
        try {
            return Double.parseDouble(threshold);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("class threshold '" + threshold + "' is not a number");
        }
    }

    /** The positive class among {@code labels} (sorted): the one chosen, {@code active} with a threshold, else the last. */
    String positive(List<String> labels) {
        if (!positiveClass.isEmpty()) {
            if (!labels.contains(positiveClass)) {
                throw new IllegalArgumentException("positive class '" + positiveClass + "' is not among the classes " + labels);
            }
            return positiveClass;
        }
        return thresholded() ? ACTIVE : labels.get(labels.size() - 1);
    }

    /**
     * Checks the target and feature columns of {@code schema} and returns the feature columns, in table
     * order; throws {@link IllegalArgumentException} naming the column that does not fit.
     */
    List<String> featureColumns(Schema schema) {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("choose a target column");
        }
        Column targetColumn = schema.column(target).orElseThrow(() ->
                new IllegalArgumentException("no target column '" + target + "' (columns: " + schema.names() + ")"));
        checkTarget(targetColumn);
        if (thresholded()) {
            thresholdValue();
        }
        if (features.isEmpty() && prefix.isEmpty()) {
            throw new IllegalArgumentException("choose feature columns: name them or give a column name prefix");
        }
        var chosen = new ArrayList<String>();
        for (String name : features) {
            schema.column(name).orElseThrow(() -> new IllegalArgumentException(
                    "no feature column '" + name + "' (columns: " + schema.names() + ")"));
        }
        for (Column column : schema.columns()) {
            boolean named = features.contains(column.name());
            boolean prefixed = !prefix.isEmpty() && column.name().startsWith(prefix);
            if (column.name().equals(target)) {
                if (named) {
                    throw new IllegalArgumentException("column '" + target + "' cannot be both the target and a feature");
                }
                continue;
            }
            if (!named && !prefixed) {
                continue;
            }
            if (column.type() != ColumnType.INTEGER && column.type() != ColumnType.DOUBLE && column.type() != ColumnType.BOOLEAN) {
                throw new IllegalArgumentException("feature column '" + column.name() + "' holds " + column.type()
                        + ", not numbers (INTEGER, DOUBLE or BOOLEAN)");
            }
            chosen.add(column.name());
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no column starts with the feature prefix '" + prefix + "' (columns: " + schema.names() + ")");
        }
        return chosen;
    }

    private void checkTarget(Column column) {
        ColumnType type = column.type();
        boolean numeric = type == ColumnType.INTEGER || type == ColumnType.DOUBLE || type == ColumnType.STRING;
        if (task == Task.REGRESSION || thresholded()) {
            if (!numeric) {
                throw new IllegalArgumentException("target column '" + column.name() + "' holds " + type
                        + ", not numbers" + (task == Task.CLASSIFICATION ? " to compare with the class threshold" : ""));
            }
        } else if (type == ColumnType.MOLECULE || type == ColumnType.JSON || type == ColumnType.DOUBLE) {
            throw new IllegalArgumentException("target column '" + column.name() + "' holds " + type
                    + ", not classes (STRING, INTEGER or BOOLEAN); for numbers give a class threshold");
        }
    }
}
