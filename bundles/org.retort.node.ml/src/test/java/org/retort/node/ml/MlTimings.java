package org.retort.node.ml;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.retort.api.data.Table;
import org.retort.api.testing.RecordingContext;

/**
 * A small timing harness (not a test): where the time of Evaluate (80/20 split) and Train goes on the ChEMBL set
 * with ECFP4 1,024 bits, per stage, warm (median of 7 after 5 warm-up rounds). Run with the module's test class
 * path: {@code java -cp target/test-classes:target/classes:<deps> org.retort.node.ml.MlTimings [ALGORITHM…]}.
 */
public final class MlTimings {

    private MlTimings() {
    }

    public static void main(String[] args) {
        Table table = Chembl.table();
        String[] algorithms = args.length == 0 ? new String[] {"CART", "LINEAR_SGD"} : args;
        for (String name : algorithms) {
            Algorithm algorithm = Algorithm.valueOf(name);
            var evaluate = Fixtures.evaluate(Task.REGRESSION, algorithm, Evaluate.Validation.SPLIT, "", 100);
            var train = Fixtures.train(Task.REGRESSION, algorithm, "", 100);
            Settings settings = evaluate.settings();
            Examples data = Examples.of(table, settings, new RecordingContext());
            int[] order = CrossValidation.shuffled(data.size(), 42);
            int[] test = Arrays.copyOfRange(order, 0, 203);
            int[] rows = Arrays.copyOfRange(order, 203, data.size());
            Learner.Fitted fitted = Learner.fit(settings, data, rows);
            System.out.printf("%s  (median ms of 7, warm)%n", name);
            report("  evaluate node, whole", () -> Fixtures.evaluate(table, evaluate, new RecordingContext()));
            report("  train node, whole", () -> new Train().process(Map.of("in", table), train, new RecordingContext()));
            report("  rows -> arrays (Examples.of)", () -> Examples.of(table, settings, new RecordingContext()));
            report("  arrays + fit on 814 rows (dataset + trainer)", () -> Learner.fit(settings, Examples.of(table, settings, new RecordingContext()), rows));
            report("  predict 814 training rows (examples reused)", () -> Learner.predict(fitted, settings.task(), data, rows, ""));
            double[][] testX = Arrays.stream(test).mapToObj(i -> data.x[i]).toArray(double[][]::new);
            report("  predict 203 test rows (new examples)", () -> Learner.predict(fitted, settings.task(), testX, ""));
            report("  training-set hash", () -> data.contentHash(settings.target()));
            report("  applicability domain", () -> Domain.of(data.x).toJson());
            Examples all = Examples.of(table, train.settings(), new RecordingContext());
            TrainedModel model = Train.onAllRows(train.settings(), all);
            report("  Train.onAllRows", () -> Train.onAllRows(train.settings(), all));
            report("  model provenance JSON", () -> TrainedModel.provenanceJson(model.model()));
            report("  model row (protobuf, base64, JSON)", () -> model.toRow(1));
        }
    }

    private static void report(String what, Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        long[] ns = new long[7];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            work.get();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("%-40s %8.1f%n", what, ns[ns.length / 2] / 1e6);
    }
}
