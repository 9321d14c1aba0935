package org.retort.node.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.testing.RecordingContext;
import org.tribuo.Trainer;
import org.tribuo.provenance.ModelProvenance;

/**
 * The registry keeps Tribuo's provenance JSON unchanged; re-training from it reproduces the model: the trainer
 * rebuilt by Tribuo's configuration system from the stored trainer provenance, trained on the same rows through the
 * node's own conversion, predicts exactly what the stored model predicts — for every algorithm, XGBoost included
 * (it runs on one thread with the recorded seed).
 */
class RetrainTest {

    private static Table train(Table table, Train.Params params) {
        return new Train().process(Map.of("in", table), params, new RecordingContext()).get("model");
    }

    /** The predictions of a model row (the value of a regression; class and score of a classification) on {@code table}. */
    private static List<List<Object>> predictions(Table table, Table model) throws InterruptedException {
        Table out = new Predict().process(Map.of("in", table, "model", model), new Predict.Params("prediction", "", "", "", 0.3),
                new RecordingContext()).get("out");
        int p = out.schema().index("prediction");
        return out.rows().stream().map(r -> List.of(r.get(p), r.get(p + 1) == null ? "" : r.get(p + 1))).toList();
    }

    /** What a model row holds, read back as the registry and Predict read it. */
    private static TrainedModel stored(Table model) {
        return TrainedModel.from(new Table(model.schema(), List.of(model.rows().get(0))));
    }

    @Test
    void retrainingFromTheStoredProvenanceReproducesEveryAlgorithmsPredictionsIncludingXgboost() throws Exception {
        Table rows = Chembl.every(3);
        Table all = Chembl.table();
        for (Algorithm algorithm : Algorithm.values()) {
            for (Task task : Task.values()) {
                String as = algorithm + " " + task;
                Table model = train(rows, Fixtures.train(task, algorithm, task == Task.CLASSIFICATION ? "7" : "", 20));
                TrainedModel original = stored(model);

                // the trainer, rebuilt from the provenance alone, is the one recorded: class, every property, invocation count
                ModelProvenance recorded = Retrain.provenance(original.provenance());
                Trainer<?> rebuilt = Retrain.trainer(original.provenance());
                assertThat(rebuilt.getProvenance()).as(as).isEqualTo(recorded.getTrainerProvenance());

                TrainedModel again = Retrain.of(original, rows, MissingValues.FAIL_ROW, new RecordingContext());
                assertThat(again.trainingHash()).as(as).isEqualTo(original.trainingHash());
                assertThat(again.features()).as(as).isEqualTo(original.features());
                assertThat(again.metrics()).as(as).isEqualTo(original.metrics());
                ModelProvenance retrained = Retrain.provenance(again.provenance());
                assertThat(retrained.getTrainerProvenance()).as(as).isEqualTo(recorded.getTrainerProvenance());
                assertThat(retrained.getDatasetProvenance().getNumExamples()).isEqualTo(recorded.getDatasetProvenance().getNumExamples());
                assertThat(retrained.getDatasetProvenance().getNumFeatures()).isEqualTo(recorded.getDatasetProvenance().getNumFeatures());
                // identical predictions, to the last bit, on all 1,017 compounds (two thirds of them never seen in training)
                assertThat(predictions(all, again.toTable())).as(as).isEqualTo(predictions(all, model));
            }
        }
    }

    @Test
    void theProvenanceCarriesASearchedSettingSoTheRetrainedModelIsTheSearchedOneNotTheDefault() throws Exception {
        Table rows = Chembl.every(3);
        var params = Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1);
        Examples data = Examples.of(rows, params.settings(), new RecordingContext());
        TrainedModel shallow = stored(Train.onAllRows(params.settings().with(Map.of("maxDepth", "3", "minChildWeight", "10")), data).toTable());
        TrainedModel again = Retrain.of(shallow, rows, MissingValues.FAIL_ROW, new RecordingContext());
        Table all = Chembl.table();
        assertThat(predictions(all, again.toTable())).isEqualTo(predictions(all, shallow.toTable()))
                .isNotEqualTo(predictions(all, Train.onAllRows(params.settings(), data).toTable()));
    }

    @Test
    void retrainingOnOtherRowsIsRefusedNamingTheTrainingHashes() {
        TrainedModel model = stored(train(Chembl.every(3), Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1)));
        assertThatThrownBy(() -> Retrain.of(model, Chembl.every(4), MissingValues.FAIL_ROW, new RecordingContext()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("these rows are not the ones the model learnt from: training hash " + model.trainingHash());
        assertThatThrownBy(() -> Retrain.trainer("{not provenance")).hasMessageStartingWith("the model's provenance cannot be read");
    }
}
