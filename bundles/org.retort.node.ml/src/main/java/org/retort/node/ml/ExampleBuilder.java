package org.retort.node.ml;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * Turns feature vectors into Tribuo examples cheaply: the feature names are sorted once (Tribuo keeps an example's
 * features sorted by name, and sorting 1,024 names for every row was a large share of the time), and for CART and
 * linear SGD zero values are left out — Tribuo's features are sparse, an absent feature is 0 to a tree or a linear
 * model, and the model is the same (tested). XGBoost keeps explicit zeros, as it would take an absent feature as
 * missing rather than 0; so do the random forest and the extra trees, whose random choices at each split grow other
 * (equally good, but different) trees on sparse examples.
 */
final class ExampleBuilder {

    private final List<String> features;
    private final String[] names;
    /** {@code order[k]}: the index in the vector of the k-th name in sorted order. */
    private final int[] order;
    private final boolean keepZeros;

    ExampleBuilder(List<String> features, Algorithm algorithm) {
        this.features = features;
        this.order = IntStream.range(0, features.size()).boxed().sorted(Comparator.comparing(features::get))
                .mapToInt(Integer::intValue).toArray();
        this.names = Arrays.stream(order).mapToObj(features::get).toArray(String[]::new);
        this.keepZeros = keepsZeros(algorithm);
    }

    /** Whether this builder makes the examples {@code algorithm} needs for {@code features}. */
    boolean fits(List<String> features, Algorithm algorithm) {
        return this.features.equals(features) && keepZeros == keepsZeros(algorithm);
    }

    private static boolean keepsZeros(Algorithm algorithm) {
        return algorithm == Algorithm.XGBOOST || algorithm == Algorithm.RANDOM_FOREST || algorithm == Algorithm.EXTRA_TREES;
    }

    /** The example of {@code values} (in feature order) with {@code output}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Example<?> example(Output<?> output, double[] values) {
        int n = 0;
        String[] chosenNames = new String[order.length];
        double[] chosenValues = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            double v = values[order[k]];
            if (keepZeros || v != 0) {
                chosenNames[n] = names[k];
                chosenValues[n++] = v;
            }
        }
        if (n == 0 && order.length > 0) {
            // every value 0: one explicit zero, as Tribuo refuses an example without features
            chosenNames[n] = names[0];
            chosenValues[n++] = 0;
        }
        return new ArrayExample(output, n == order.length ? chosenNames : Arrays.copyOf(chosenNames, n),
                n == order.length ? chosenValues : Arrays.copyOf(chosenValues, n));
    }
}
