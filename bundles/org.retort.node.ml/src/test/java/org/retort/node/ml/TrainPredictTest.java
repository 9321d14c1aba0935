package org.retort.node.ml;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;

class TrainPredictTest {

    private static Table train(Table table, Train.Params params) {
        return new Train().process(Map.of("in", table), params, new RecordingContext()).get("model");
    }

    private static Table predict(Table table, Table model) throws InterruptedException {
        return new Predict().process(Map.of("in", table, "model", model), new Predict.Params("prediction", "", "", "", 0.3), new RecordingContext()).get("out");
    }

    @Test
    void aTrainedModelTravelsAsOneRowWithItsMetadataAndPredictsNewMolecules() throws Exception {
        Table all = Chembl.table();
        Table training = new Table(all.schema(), all.rows().subList(0, 900));
        Table fresh = new Table(all.schema(), all.rows().subList(900, all.size()));
        Table model = train(training, Fixtures.train(Task.REGRESSION, Algorithm.XGBOOST, "", 50));

        assertThat(model.schema()).isEqualTo(TrainedModel.SCHEMA);
        assertThat(model.rows()).hasSize(1);
        Row row = model.rows().get(0);
        assertThat(row.get(model.schema().index("task"))).isEqualTo("REGRESSION");
        assertThat(row.get(model.schema().index("training_rows"))).isEqualTo(900L);
        assertThat(row.string(model.schema().index("training_hash"))).matches("[0-9a-f]{64}");
        assertThat(row.string(model.schema().index("provenance"))).contains("XGBoostRegressionTrainer");
        assertThat(row.string(model.schema().index("metrics"))).contains("\"rmse\"");
        TrainedModel read = TrainedModel.from(model);
        assertThat(read.features()).allMatch(f -> f.startsWith(Chembl.PREFIX));
        assertThat(read.metrics().get("r2")).isGreaterThan(0.9);

        Table out = predict(fresh, model);
        int p = out.schema().index("prediction");
        assertThat(out.rows()).hasSize(117).noneMatch(Row::failed);
        double[] actual = out.rows().stream().mapToDouble(r -> r.number(1)).toArray();
        double[] predicted = out.rows().stream().mapToDouble(r -> r.number(p)).toArray();
        assertThat(Metrics.regression(actual, predicted).get("rmse")).isBetween(0.3, 0.9);
        assertThat(out.rows()).allSatisfy(r -> assertThat(r.get(p + 1)).isNull());

        // the same seed and rows give the same model: same training hash, same predictions
        Table again = train(training, Fixtures.train(Task.REGRESSION, Algorithm.XGBOOST, "", 50));
        assertThat(again.rows().get(0).get(model.schema().index("training_hash"))).isEqualTo(row.get(model.schema().index("training_hash")));
        assertThat(predict(fresh, again).rows()).isEqualTo(out.rows());
    }

    @Test
    void aRowMissingAFeatureGoesToTheFailurePortWithTheReason() throws Exception {
        Table model = train(Chembl.first(200), Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1));
        Table fresh = Chembl.first(3);
        int bit = fresh.schema().index(TrainedModel.from(model).features().get(0));
        var rows = new ArrayList<>(fresh.rows());
        rows.set(1, rows.get(1).with(bit, null));
        Table out = predict(new Table(fresh.schema(), rows), model);
        assertThat(out.rows()).extracting(Row::failed).containsExactly(false, true, false);
        assertThat(out.rows().get(1).error()).isEqualTo("no value in feature column '" + fresh.schema().columns().get(bit).name() + "'");
    }

    @Test
    void predictRefusesATableWithoutTheModelsFeaturesAndAModelPortWithoutAModel() throws Exception {
        Table model = train(Tables.linear(40), new Train.Params(Task.REGRESSION, "y", "x1,x2", "", Algorithm.CART,
                MissingValues.FAIL_ROW, "", "", 1, 0, 1));
        assertThatThrownBy(() -> predict(Chembl.first(3), model)).hasMessageContaining("no column 'x1', a feature of the model");
        assertThatThrownBy(() -> predict(Tables.linear(3), Table.empty(TrainedModel.SCHEMA))).hasMessageContaining("holds no model");
        assertThatThrownBy(() -> predict(Tables.linear(3), Tables.linear(1))).hasMessageContaining("not a Retort model table");
    }

    @Test
    void everyAlgorithmTrainsAndPredictsForBothTasks() throws Exception {
        Table table = Chembl.every(7);
        var trainers = Map.of(Algorithm.LINEAR_SGD, "LinearSGDTrainer", Algorithm.CART, "CART", Algorithm.RANDOM_FOREST, "RandomForestTrainer",
                Algorithm.EXTRA_TREES, "ExtraTreesTrainer", Algorithm.XGBOOST, "XGBoost");
        assertThat(trainers.keySet()).containsExactlyInAnyOrder(Algorithm.values());
        for (Algorithm algorithm : Algorithm.values()) {
            for (Task task : Task.values()) {
                Table model = train(table, Fixtures.train(task, algorithm, task == Task.CLASSIFICATION ? "7" : "", 10));
                String provenance = TrainedModel.from(model).provenance();
                assertThat(provenance).as(algorithm + " " + task).contains(trainers.get(algorithm));
                if (algorithm == Algorithm.EXTRA_TREES) {
                    assertThat(provenance.replaceAll("\\s", "")).contains("\"useRandomSplitPoints\",\"value\":\"true\"");
                }
                Table out = predict(Chembl.first(5), model);
                int p = out.schema().index("prediction");
                assertThat(out.rows()).as(algorithm + " " + task).hasSize(5).noneMatch(Row::failed)
                        .allSatisfy(r -> assertThat(r.number(p)).isFinite());
                if (task == Task.CLASSIFICATION) {
                    assertThat(out.rows()).allSatisfy(r -> assertThat(r.get(p + 1)).isIn("active", "inactive"));
                }
            }
        }
    }
}
