package org.retort.node.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.retort.api.node.NodeContext;

/**
 * k-fold cross-validation on a fixed-seed shuffle of the rows, shared by Evaluate and Search: the same seed and k
 * give the same folds, so settings compared on them are compared on the same rows.
 */
final class CrossValidation {

    /** One fold: the rows it trains on and the rows it holds out (indexes into {@link Examples}). */
    record Fold(String name, int[] train, int[] test) {
    }

    /** A fold's model applied to its held-out rows. */
    record Result(Fold fold, List<Learner.Predicted> predicted, Map<String, Double> metrics) {
    }

    private CrossValidation() {
    }

    /** 0 … n−1 in an order fixed by {@code seed} ({@code Collections.shuffle} with {@code new Random(seed)}). */
    static int[] shuffled(int n, long seed) {
        var order = new ArrayList<Integer>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The {@code k} folds of {@code n} rows: contiguous parts of the shuffle, named {@code fold 1} … {@code fold k}. */
    static List<Fold> folds(int n, int k, long seed) {
        if (n < k) {
            throw new IllegalArgumentException(n + " rows are too few for " + k + "-fold cross-validation");
        }
        int[] order = shuffled(n, seed);
        var folds = new ArrayList<Fold>(k);
        for (int f = 0; f < k; f++) {
            int from = f * n / k, to = (f + 1) * n / k;
            int[] train = new int[n - (to - from)];
            System.arraycopy(order, 0, train, 0, from);
            System.arraycopy(order, to, train, from, n - to);
            folds.add(new Fold("fold " + (f + 1), train, Arrays.copyOfRange(order, from, to)));
        }
        return folds;
    }

    /** Trains on each fold's training rows with {@code settings} and measures its held-out rows. */
    static List<Result> run(Settings settings, Examples data, List<Fold> folds, String positive, NodeContext context) {
        var results = new ArrayList<Result>(folds.size());
        for (Fold fold : folds) {
            context.throwIfCancelled();
            Learner.Fitted fitted = Learner.fit(settings, data, fold.train());
            List<Learner.Predicted> predicted = Learner.predict(fitted, settings.task(), data, fold.test(), positive);
            results.add(new Result(fold, predicted, Metrics.of(data, fold.test(), predicted, positive)));
        }
        return results;
    }

    /** Each metric's mean over the folds (NaN when a fold's value is). */
    static Map<String, Double> mean(List<Result> results) {
        var sums = new LinkedHashMap<String, Double>();
        results.forEach(r -> r.metrics().forEach((metric, value) -> sums.merge(metric, value, Double::sum)));
        sums.replaceAll((metric, sum) -> sum / results.size());
        return sums;
    }

    /** Each metric's sample standard deviation over the folds (n − 1 in the denominator). */
    static Map<String, Double> sd(List<Result> results) {
        Map<String, Double> mean = mean(results);
        var squares = new LinkedHashMap<String, Double>();
        results.forEach(r -> r.metrics().forEach((metric, value) ->
                squares.merge(metric, (value - mean.get(metric)) * (value - mean.get(metric)), Double::sum)));
        squares.replaceAll((metric, sum) -> results.size() < 2 ? Double.NaN : Math.sqrt(sum / (results.size() - 1)));
        return squares;
    }
}
