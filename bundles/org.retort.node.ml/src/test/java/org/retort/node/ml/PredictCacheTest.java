package org.retort.node.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.testing.RecordingContext;

/** A second run over the same molecules does no model work; the cache is bounded and shared safely. */
class PredictCacheTest {

    private static final Predict.Params PARAMS = new Predict.Params("p", "", "", "", 0.3);
    private static final Table MODEL = new Train().process(Map.of("in", Chembl.every(3)),
            Fixtures.train(Task.REGRESSION, Algorithm.XGBOOST, "", 20), new RecordingContext()).get("model");

    private static Table run(Predict predict, Table in, RecordingContext context) throws InterruptedException {
        return predict.process(Map.of("in", in, "model", MODEL), PARAMS, context).get("out");
    }

    @Test
    void aSecondRunOverTheSameMoleculesTakesEveryPredictionFromTheCache() throws Exception {
        var predict = new Predict();
        var first = new RecordingContext();
        Table once = run(predict, Chembl.first(300), first);
        assertThat(predict.modelPredictions.get()).isEqualTo(300);
        assertThat(first.counter(Predictor.PREDICTED)).isEqualTo(300);
        assertThat(first.counter(Predictor.CACHED)).isZero();

        var second = new RecordingContext();
        Table twice = run(predict, Chembl.first(300), second);
        assertThat(predict.modelPredictions.get()).isEqualTo(300);
        assertThat(second.counter(Predictor.PREDICTED)).isZero();
        assertThat(second.counter(Predictor.CACHED)).isEqualTo(300);
        assertThat(twice.rows()).isEqualTo(once.rows());

        // 100 known molecules and 100 new ones: only the new ones reach the model
        var third = new RecordingContext();
        run(predict, new Table(Chembl.table().schema(), Chembl.table().rows().subList(200, 400)), third);
        assertThat(predict.modelPredictions.get()).isEqualTo(400);
        assertThat(third.counter(Predictor.CACHED)).isEqualTo(100);
    }

    @Test
    void withoutAMoleculeColumnTheFeaturesAreTheKey() throws Exception {
        Table all = Chembl.first(50);
        int molecule = all.schema().index("molecule");
        var columns = new ArrayList<>(all.schema().columns());
        columns.remove(molecule);
        List<Row> rows = all.rows().stream().map(r -> {
            var values = new ArrayList<>(r.values());
            values.remove(molecule);
            return new Row(r.recordNumber(), values, null);
        }).toList();
        Table bare = new Table(new org.retort.api.data.Schema(columns), rows);
        var predict = new Predict();
        run(predict, bare, new RecordingContext());
        var again = new RecordingContext();
        run(predict, bare, again);
        assertThat(again.counter(Predictor.CACHED)).isEqualTo(50);
        // molecules with the same ECFP4 bits share one prediction
        long distinct = rows.stream().map(r -> r.values().subList(2, 2 + Chembl.BITS)).distinct().count();
        assertThat(predict.modelPredictions.get()).isEqualTo(distinct);
    }

    @Test
    void theCacheForgetsTheLeastRecentlyUsedBeyondItsSize() throws Exception {
        var predict = new Predict(null, null, null, 100, java.time.Duration.ZERO);
        run(predict, Chembl.first(150), new RecordingContext());
        var again = new RecordingContext();
        run(predict, Chembl.first(150), again);
        // 100 entries: rows 0-49 were evicted by rows 100-149, the 100 others are found
        assertThat(again.counter(Predictor.CACHED)).isEqualTo(100);
        assertThat(predict.modelPredictions.get()).isEqualTo(200);
        var cache = new PredictionCache(2);
        var a = new PredictionCache.Key("m", "a");
        var b = new PredictionCache.Key("m", "b");
        cache.put(a, new Learner.Predicted(1, null, Double.NaN));
        cache.put(b, new Learner.Predicted(2, null, Double.NaN));
        cache.get(a);
        cache.put(new PredictionCache.Key("m", "c"), new Learner.Predicted(3, null, Double.NaN));
        assertThat(cache.get(b)).isNull();
        assertThat(cache.get(a)).isNotNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void runsInParallelShareTheCacheSafely() throws Exception {
        var predict = new Predict();
        Table expected = run(new Predict(), Chembl.first(200), new RecordingContext());
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<Table>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> run(predict, Chembl.first(200), new RecordingContext())));
            }
            for (Future<Table> f : futures) {
                assertThat(f.get().rows()).isEqualTo(expected.rows());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(predict.modelPredictions.get()).isBetween(200L, 1600L);
        var last = new RecordingContext();
        run(predict, Chembl.first(200), last);
        assertThat(last.counter(Predictor.CACHED)).isEqualTo(200);
    }

    @Test
    void aDifferentModelDoesNotReuseAnotherModelsPredictions() throws Exception {
        var predict = new Predict();
        run(predict, Chembl.first(10), new RecordingContext());
        Table other = new Train().process(Map.of("in", Chembl.every(3)), Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1),
                new RecordingContext()).get("model");
        var context = new RecordingContext();
        predict.process(Map.of("in", Chembl.first(10), "model", other), PARAMS, context);
        assertThat(context.counter(Predictor.CACHED)).isZero();
        assertThat(predict.modelPredictions.get()).isEqualTo(20);
    }
}
