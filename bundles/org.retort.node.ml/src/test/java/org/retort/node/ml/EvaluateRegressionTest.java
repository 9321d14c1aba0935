package org.retort.node.ml;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.retort.node.ml.Fixtures.evaluate;
import static org.retort.node.ml.Fixtures.metric;

import org.junit.jupiter.api.Test;
import org.retort.api.data.Table;
import org.retort.node.ml.Evaluate.Validation;

/** Real QSAR data: pIC50 of 1,017 ChEMBL compounds from ECFP4 (1024 bits). */
class EvaluateRegressionTest {

    @Test
    void xgboostOnAFixedSeed8020SplitPredictsPic50WithAPlausibleError() {
        var context = new RecordingContext();
        var out = evaluate(Chembl.table(), Fixtures.evaluate(Task.REGRESSION, Algorithm.XGBOOST, Validation.SPLIT, "", 100), context);
        Table metrics = out.get("metrics");
        double rmse = metric(metrics, "test", "rmse");
        System.out.printf("XGBoost 80/20: test RMSE %.3f MAE %.3f R2 %.3f r %.3f rho %.3f; train R2 %.3f%n", rmse,
                metric(metrics, "test", "mae"), metric(metrics, "test", "r2"), metric(metrics, "test", "pearson"),
                metric(metrics, "test", "spearman"), metric(metrics, "train", "r2"));
        // DATA.md: 0.517 with Tribuo XGBoost on the same features family; our split and CDK's ECFP bits differ
        assertThat(rmse).isBetween(0.40, 0.65);
        assertThat(metric(metrics, "test", "mae")).isLessThan(rmse);
        assertThat(metric(metrics, "test", "pearson")).isBetween(0.6, 1.0);
        assertThat(metric(metrics, "test", "spearman")).isBetween(0.5, 1.0);
        assertThat(metric(metrics, "train", "r2")).isGreaterThan(metric(metrics, "test", "r2"));
        assertThat(out.get("predictions").rows()).hasSize(203).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("test"));
        assertThat(out.get("confusion").rows()).isEmpty();
    }

    /** Trees of the forests below: 20, few enough for a unit test; {@code -Dretort.ml.forestTrees=100} for the figures of docs/nodes/ml.md. */
    private static final int TREES = Integer.getInteger("retort.ml.forestTrees", 20);

    @Test
    void extraTreesAndTheRandomForestOnTheSameFixedSeed8020Split() {
        double[] rmse = new double[2];
        Algorithm[] algorithms = {Algorithm.RANDOM_FOREST, Algorithm.EXTRA_TREES};
        for (int a = 0; a < algorithms.length; a++) {
            long start = System.nanoTime();
            Table metrics = evaluate(Chembl.table(), Fixtures.evaluate(Task.REGRESSION, algorithms[a], Validation.SPLIT, "", TREES),
                    new RecordingContext()).get("metrics");
            rmse[a] = metric(metrics, "test", "rmse");
            System.out.printf("%s " + TREES + " trees 80/20: test RMSE %.3f MAE %.3f R2 %.3f r %.3f rho %.3f (%d ms)%n", algorithms[a], rmse[a],
                    metric(metrics, "test", "mae"), metric(metrics, "test", "r2"), metric(metrics, "test", "pearson"),
                    metric(metrics, "test", "spearman"), (System.nanoTime() - start) / 1_000_000);
            assertThat(rmse[a]).as(algorithms[a].name()).isBetween(0.40, 0.75);
        }
    }

    @Test
    void theSameSeedGivesTheSameMetricsTwice() {
        var params = Fixtures.evaluate(Task.REGRESSION, Algorithm.XGBOOST, Validation.SPLIT, "", 30);
        Table first = evaluate(Chembl.table(), params, new RecordingContext()).get("metrics");
        Table second = evaluate(Chembl.table(), params, new RecordingContext()).get("metrics");
        assertThat(second.rows()).isEqualTo(first.rows());
    }

    @Test
    void crossValidationGivesEveryFoldItsMetricsAndPredictsEveryRowOnce() {
        var out = evaluate(Chembl.table(), Fixtures.evaluate(Task.REGRESSION, Algorithm.CART, Validation.CROSS_VALIDATION, "", 1),
                new RecordingContext());
        Table metrics = out.get("metrics");
        assertThat(metrics.rows()).extracting(r -> r.get(0)).containsOnly("fold 1", "fold 2", "fold 3", "fold 4", "fold 5", "mean");
        double sum = 0;
        for (int f = 1; f <= 5; f++) {
            double rmse = metric(metrics, "fold " + f, "rmse");
            assertThat(rmse).isBetween(0.3, 1.2);
            sum += rmse;
        }
        assertThat(metric(metrics, "mean", "rmse")).isCloseTo(sum / 5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(out.get("predictions").rows()).hasSize(1017)
                .extracting(r -> r.get(1)).doesNotHaveDuplicates();
    }
}
