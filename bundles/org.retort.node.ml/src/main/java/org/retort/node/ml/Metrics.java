package org.retort.node.ml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The quality measures of predictions against actual values; definitions in {@code Evaluate.md}. */
final class Metrics {

    /** The metrics of each task, in the order they are computed; {@code roc_auc} only with two classes. */
    static final List<String> REGRESSION = List.of("rmse", "mae", "r2", "pearson", "spearman");
    static final List<String> CLASSIFICATION = List.of("accuracy", "balanced_accuracy", "f1", "roc_auc");
    /** The metrics for which lower is better. */
    private static final Set<String> ERRORS = Set.of("rmse", "mae");

    private Metrics() {
    }

    static List<String> names(Task task) {
        return task == Task.REGRESSION ? REGRESSION : CLASSIFICATION;
    }

    /** Whether a lower value of {@code metric} is better (an error), rather than a higher one. */
    static boolean lowerIsBetter(String metric) {
        return ERRORS.contains(metric);
    }

    /** RMSE, MAE, R², Pearson's r and Spearman's ρ. */
    static Map<String, Double> regression(double[] actual, double[] predicted) {
        int n = actual.length;
        double mean = Arrays.stream(actual).average().orElse(Double.NaN);
        double se = 0, ae = 0, tot = 0;
        for (int i = 0; i < n; i++) {
            double e = predicted[i] - actual[i];
            se += e * e;
            ae += Math.abs(e);
            tot += (actual[i] - mean) * (actual[i] - mean);
        }
        var m = new LinkedHashMap<String, Double>();
        m.put("rmse", Math.sqrt(se / n));
        m.put("mae", ae / n);
        m.put("r2", tot == 0 ? Double.NaN : 1 - se / tot);
        m.put("pearson", pearson(actual, predicted));
        m.put("spearman", pearson(ranks(actual), ranks(predicted)));
        return m;
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = Arrays.stream(a).average().orElse(Double.NaN);
        double mb = Arrays.stream(b).average().orElse(Double.NaN);
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }

    /** 1-based ranks, ties given their average rank. */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(v[i], v[j]));
        double[] ranks = new double[v.length];
        for (int start = 0; start < v.length; ) {
            int end = start;
            while (end + 1 < v.length && v[order[end + 1]] == v[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** The confusion matrix: {@code counts[actual][predicted]} over {@code classes}. */
    static long[][] confusion(List<String> classes, String[] actual, String[] predicted) {
        long[][] counts = new long[classes.size()][classes.size()];
        for (int i = 0; i < actual.length; i++) {
            counts[classes.indexOf(actual[i])][classes.indexOf(predicted[i])]++;
        }
        return counts;
    }

    /**
     * Accuracy, balanced accuracy (mean recall over the classes present), F1 (of the positive class for
     * two classes, else the macro average) and, for two classes with scores, ROC AUC.
     */
    static Map<String, Double> classification(List<String> classes, String[] actual, String[] predicted, double[] positiveScores, String positive) {
        long[][] c = confusion(classes, actual, predicted);
        int k = classes.size();
        long correct = 0, n = actual.length;
        double recallSum = 0, f1Sum = 0;
        int present = 0;
        double[] f1 = new double[k];
        for (int i = 0; i < k; i++) {
            correct += c[i][i];
            long row = Arrays.stream(c[i]).sum();
            long col = 0;
            for (int j = 0; j < k; j++) {
                col += c[j][i];
            }
            if (row > 0) {
                recallSum += (double) c[i][i] / row;
                present++;
            }
            f1[i] = row + col == 0 ? 0 : 2.0 * c[i][i] / (row + col);
            f1Sum += f1[i];
        }
        var m = new LinkedHashMap<String, Double>();
        m.put("accuracy", (double) correct / n);
        m.put("balanced_accuracy", present == 0 ? Double.NaN : recallSum / present);
        m.put("f1", k == 2 ? f1[classes.indexOf(positive)] : f1Sum / k);
        if (k == 2 && positiveScores != null) {
            m.put("roc_auc", auc(actual, positiveScores, positive));
        }
        return m;
    }

    /** ROC AUC as the Mann–Whitney probability that a positive scores above a negative (ties count half). */
    static double auc(String[] actual, double[] scores, String positive) {
        double[] r = ranks(scores);
        long pos = 0;
        double rankSum = 0;
        for (int i = 0; i < actual.length; i++) {
            if (Double.isNaN(scores[i])) {
                return Double.NaN;
            }
            if (actual[i].equals(positive)) {
                pos++;
                rankSum += r[i];
            }
        }
        long neg = actual.length - pos;
        return pos == 0 || neg == 0 ? Double.NaN : (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** The metrics of {@code predicted} for the rows {@code rows} of {@code data}. */
    static Map<String, Double> of(Examples data, int[] rows, List<Learner.Predicted> predicted, String positive) {
        if (data.y != null) {
            double[] actual = Arrays.stream(rows).mapToDouble(i -> data.y[i]).toArray();
            return regression(actual, predicted.stream().mapToDouble(Learner.Predicted::value).toArray());
        }
        String[] actual = Arrays.stream(rows).mapToObj(i -> data.labels[i]).toArray(String[]::new);
        String[] labels = predicted.stream().map(Learner.Predicted::label).toArray(String[]::new);
        double[] scores = data.classes.size() == 2 ? predicted.stream().mapToDouble(Learner.Predicted::score).toArray() : null;
        return classification(data.classes, actual, labels, scores, positive);
    }
}
