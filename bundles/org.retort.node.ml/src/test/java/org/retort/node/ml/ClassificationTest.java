package org.retort.node.ml;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.retort.node.ml.Fixtures.evaluate;
import static org.retort.node.ml.Fixtures.metric;

import org.junit.jupiter.api.Test;
import org.retort.api.data.Table;
import org.retort.node.ml.Evaluate.Validation;

/** Actives are the compounds with pIC50 ≥ 7. */
class ClassificationTest {

    @Test
    void xgboostOnAThresholdGivesAccuracyAucAndAConfusionMatrixOfTheTestSet() {
        var out = evaluate(Chembl.table(), Fixtures.evaluate(Task.CLASSIFICATION, Algorithm.XGBOOST, Validation.SPLIT, "7", 50), new RecordingContext());
        Table metrics = out.get("metrics");
        System.out.printf("XGBoost pIC50>=7: accuracy %.3f balanced %.3f AUC %.3f F1 %.3f%n", metric(metrics, "test", "accuracy"),
                metric(metrics, "test", "balanced_accuracy"), metric(metrics, "test", "roc_auc"), metric(metrics, "test", "f1"));
        for (String m : new String[] {"accuracy", "balanced_accuracy", "roc_auc", "f1"}) {
            assertThat(metric(metrics, "test", m)).as(m).isBetween(0.0, 1.0);
        }
        assertThat(metric(metrics, "test", "roc_auc")).isGreaterThan(0.7);
        Table confusion = out.get("confusion");
        assertThat(confusion.rows()).extracting(r -> r.get(1) + "->" + r.get(2))
                .containsExactly("active->active", "active->inactive", "inactive->active", "inactive->inactive");
        assertThat(confusion.rows().stream().mapToLong(r -> (Long) r.get(3)).sum()).isEqualTo(203);
        long correct = confusion.rows().stream().filter(r -> r.get(1).equals(r.get(2))).mapToLong(r -> (Long) r.get(3)).sum();
        assertThat(metric(metrics, "test", "accuracy")).isEqualTo(correct / 203.0);
        assertThat(out.get("predictions").rows()).allSatisfy(r -> assertThat((Double) r.get(4)).isBetween(0.0, 1.0));
    }

    @Test
    void crossValidatedLogisticRegressionCountsEveryRowOnceInTheConfusionMatrices() {
        var out = evaluate(Chembl.table(), Fixtures.evaluate(Task.CLASSIFICATION, Algorithm.LINEAR_SGD, Validation.CROSS_VALIDATION, "7", 1),
                new RecordingContext());
        assertThat(out.get("confusion").rows().stream().mapToLong(r -> (Long) r.get(3)).sum()).isEqualTo(1017);
        assertThat(metric(out.get("metrics"), "mean", "roc_auc")).isBetween(0.5, 1.0);
    }

    @Test
    void aTextTargetIsUsedAsClassesAsItIs() {
        Table table = Tables.labelled(Chembl.every(3));
        var params = new Evaluate.Params(Task.CLASSIFICATION, "potency", "", Chembl.PREFIX, Algorithm.CART, MissingValues.FAIL_ROW, "",
                "high", 1, 8, 42, Validation.SPLIT, 0.2, 5);
        Table metrics = new Evaluate().process(java.util.Map.of("in", table), params, new RecordingContext()).get("metrics");
        assertThat(metric(metrics, "test", "roc_auc")).isBetween(0.0, 1.0);
    }
}
