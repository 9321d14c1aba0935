package org.retort.node.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.testing.RecordingContext;

/** Hyperparameter search on the ChEMBL pIC50 set: cross-validated trials, ranked, and the best model. */
class SearchTest {

    private static Search.Params params(Algorithm algorithm, String space, SearchStrategy strategy, int trials, String metric) {
        return new Search.Params(Task.REGRESSION, "p_ic50", "", Chembl.PREFIX, algorithm, space, strategy, trials, 3, metric,
                MissingValues.FAIL_ROW, "", "", 42);
    }

    private static Map<String, Table> search(Table in, Search.Params params, RecordingContext context) {
        return new Search().process(Map.of("in", in), params, context);
    }

    private static double cell(Table table, Row row, String column) {
        return row.number(table.schema().index(column));
    }

    @Test
    void aGridIsScoredByCrossValidationRankedAndItsBestSettingTrainedOnEveryRow() {
        var context = new RecordingContext();
        Table in = Chembl.every(2);
        var out = search(in, params(Algorithm.CART, "maxDepth=2,6; minChildWeight=5,20", SearchStrategy.GRID, 4, ""), context);
        Table trials = out.get("trials");
        assertThat(trials.rows()).extracting(r -> r.string(trials.schema().index("setting"))).containsExactly(
                "maxDepth=2; minChildWeight=5", "maxDepth=2; minChildWeight=20", "maxDepth=6; minChildWeight=5", "maxDepth=6; minChildWeight=20");
        assertThat(trials.rows()).extracting(r -> (Long) r.get(1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(context.counter(Search.TRIALS)).isEqualTo(4);
        Row best = trials.rows().stream().filter(r -> (Long) r.get(1) == 1L).findFirst().orElseThrow();
        for (Row r : trials.rows()) {
            assertThat(cell(trials, r, "rmse_mean")).isBetween(0.3, 1.5).isGreaterThanOrEqualTo(cell(trials, best, "rmse_mean"));
            assertThat(cell(trials, r, "rmse_sd")).isPositive();
            assertThat(r.string(trials.schema().index("provenance"))).contains("CARTRegressionTrainer")
                    .contains("\"maxDepth\"").contains(r.string(trials.schema().index("maxDepth")));
        }
        // the trial's mean is Evaluate's cross-validation of the same setting: the same folds, the same code
        var evaluate = new Evaluate.Params(Task.REGRESSION, "p_ic50", "", Chembl.PREFIX, Algorithm.CART, MissingValues.FAIL_ROW, "", "", 1,
                6, 42, Evaluate.Validation.CROSS_VALIDATION, 0.2, 3);
        Row depth6 = trials.rows().get(2);
        assertThat(cell(trials, depth6, "rmse_mean")).isCloseTo(
                Fixtures.metric(Fixtures.evaluate(in, evaluate, new RecordingContext()).get("metrics"), "mean", "rmse"), within(1e-12));
        // the best setting, trained on every row
        TrainedModel model = TrainedModel.from(out.get("model"));
        assertThat(model.trainingRows()).isEqualTo(in.size());
        assertThat(model.provenance()).contains("\"maxDepth\"");
        String bestDepth = best.string(trials.schema().index("maxDepth"));
        assertThat(model.provenance().replaceAll("\\s", "")).contains("\"maxDepth\",\"value\":\"" + bestDepth + "\"");
    }

    @Test
    void aRandomSearchDrawsDistinctSettingsReproduciblyAndRanksByTheChosenMetric() {
        var params = params(Algorithm.XGBOOST, "numTrees=10,20,40; eta=0.1,0.3,0.5; maxDepth=3,6", SearchStrategy.RANDOM, 3, "r2");
        Table small = Chembl.every(4);
        Table first = search(small, params, new RecordingContext()).get("trials");
        Table second = search(small, params, new RecordingContext()).get("trials");
        assertThat(first.rows()).hasSize(3).isEqualTo(second.rows());
        assertThat(first.rows()).extracting(r -> r.get(2)).doesNotHaveDuplicates();
        Row best = first.rows().stream().filter(r -> (Long) r.get(1) == 1L).findFirst().orElseThrow();
        assertThat(first.rows()).allSatisfy(r -> assertThat(cell(first, r, "r2_mean")).isLessThanOrEqualTo(cell(first, best, "r2_mean")));
    }

    @Test
    void everyAlgorithmsMainHyperparametersCanBeSearched() {
        Table small = Chembl.every(10);
        String[][] spaces = {{"LINEAR_SGD", "epochs=2,5; initialLearningRate=0.05,0.1"}, {"RANDOM_FOREST", "numMembers=5; maxDepth=4,8"},
            {"EXTRA_TREES", "numMembers=5; maxDepth=4,8; fractionFeaturesInSplit=0.3,1.0"}, {"CART", "maxDepth=4,8"},
            {"XGBOOST", "numTrees=5; maxDepth=2,4"}};
        assertThat(java.util.Arrays.stream(spaces).map(s -> Algorithm.valueOf(s[0]))).containsExactlyInAnyOrder(Algorithm.values());
        for (String[] space : spaces) {
            Table trials = search(small, params(Algorithm.valueOf(space[0]), space[1], SearchStrategy.GRID, 10, ""), new RecordingContext()).get("trials");
            assertThat(trials.rows()).as(space[0]).isNotEmpty().allSatisfy(r -> assertThat(cell(trials, r, "rmse_mean")).isFinite());
        }
    }

    @Test
    void aClassificationSearchRanksByRocAucByDefault() {
        for (Algorithm algorithm : new Algorithm[] {Algorithm.RANDOM_FOREST, Algorithm.EXTRA_TREES}) {
            var params = new Search.Params(Task.CLASSIFICATION, "p_ic50", "", Chembl.PREFIX, algorithm, "numMembers=5; maxDepth=3,10",
                    SearchStrategy.GRID, 4, 3, "", MissingValues.FAIL_ROW, "7", "", 42);
            var out = search(Chembl.every(3), params, new RecordingContext());
            Table trials = out.get("trials");
            assertThat(trials.schema().names()).contains("roc_auc_mean", "balanced_accuracy_sd");
            Row best = trials.rows().stream().filter(r -> (Long) r.get(1) == 1L).findFirst().orElseThrow();
            assertThat(trials.rows()).as(algorithm.name())
                    .allSatisfy(r -> assertThat(cell(trials, r, "roc_auc_mean")).isBetween(0.5, cell(trials, best, "roc_auc_mean")));
            TrainedModel model = TrainedModel.from(out.get("model"));
            assertThat(model.task()).isEqualTo(Task.CLASSIFICATION);
            assertThat(model.algorithm()).isEqualTo(algorithm);
        }
    }

    @Test
    void extraTreesWithoutRandomSplitPointsIsRefusedByTribuo() {
        var schema = Map.of("in", Chembl.table().schema());
        assertThatThrownBy(() -> new Search().configure(schema, params(Algorithm.EXTRA_TREES, "useRandomSplitPoints=true,false", SearchStrategy.GRID, 10, "")))
                .hasMessageStartingWith("search space part 'useRandomSplitPoints=true,false': value 'false' does not fit useRandomSplitPoints (now true)")
                .hasMessageContaining("random split points");
    }

    @Test
    void aBadSearchSpaceIsRefusedNamingThePart() {
        var schema = Map.of("in", Chembl.table().schema());
        var search = new Search();
        assertThatThrownBy(() -> search.configure(schema, params(Algorithm.XGBOOST, "depth=4,6", SearchStrategy.GRID, 10, "")))
                .hasMessageStartingWith("search space part 'depth=4,6': XGBoostRegressionTrainer has no hyperparameter 'depth' (it has [")
                .hasMessageContaining("maxDepth").hasMessageContaining("eta");
        assertThatThrownBy(() -> search.configure(schema, params(Algorithm.XGBOOST, "maxDepth=4,deep", SearchStrategy.GRID, 10, "")))
                .hasMessageStartingWith("search space part 'maxDepth=4,deep': value 'deep' does not fit maxDepth (now 6)");
        assertThatThrownBy(() -> search.configure(schema, params(Algorithm.CART, "maxDepth 4", SearchStrategy.GRID, 10, "")))
                .hasMessage("search space part 'maxDepth 4' is not name=value,value,…");
        assertThatThrownBy(() -> search.configure(schema, params(Algorithm.CART, "maxDepth=4;maxDepth=5", SearchStrategy.GRID, 10, "")))
                .hasMessage("search space part 'maxDepth=5': 'maxDepth' is given twice");
        assertThatThrownBy(() -> search.configure(schema, params(Algorithm.CART, "maxDepth=4,,5", SearchStrategy.GRID, 10, "")))
                .hasMessage("search space part 'maxDepth=4,,5' has an empty value");
        assertThatThrownBy(() -> search.configure(schema, params(Algorithm.CART, "seed=1,2", SearchStrategy.GRID, 10, "")))
                .hasMessageContaining("has no hyperparameter 'seed'").hasMessageContaining("seed and nThread are fixed by the node");
        assertThatThrownBy(() -> search.configure(schema, params(Algorithm.CART, "maxDepth=2,3,4;minChildWeight=1,2", SearchStrategy.GRID, 5, "")))
                .hasMessage("the grid has 6 settings, more than the 5 trials allowed: raise the maximum number of trials or search at RANDOM");
        assertThatThrownBy(() -> search.configure(schema, params(Algorithm.CART, "maxDepth=2", SearchStrategy.GRID, 5, "auc")))
                .hasMessage("cannot rank by 'auc': the metrics of REGRESSION are [rmse, mae, r2, pearson, spearman]");
        assertThat(search.configure(schema, params(Algorithm.CART, "maxDepth=2,4", SearchStrategy.GRID, 5, "")).get("trials").names())
                .startsWith("trial", "rank", "setting", "maxDepth", "rmse_mean", "rmse_sd").endsWith("provenance");
    }

    @Test
    void overridingATrainerThroughTribuosConfigurationGivesTheSameModelAsConfiguringItDirectly() {
        Table in = Chembl.every(3);
        var context = new RecordingContext();
        var direct = new Train.Params(Task.REGRESSION, "p_ic50", "", Chembl.PREFIX, Algorithm.CART, MissingValues.FAIL_ROW, "", "", 1, 5, 42);
        Examples data = Examples.of(in, direct.settings(), context);
        TrainedModel viaParams = Train.onAllRows(direct.settings(), data);
        var base = new Train.Params(Task.REGRESSION, "p_ic50", "", Chembl.PREFIX, Algorithm.CART, MissingValues.FAIL_ROW, "", "", 1, 0, 42);
        TrainedModel viaConfig = Train.onAllRows(base.settings().with(Map.of("maxDepth", "5")), data);
        assertThat(viaConfig.metrics()).isEqualTo(viaParams.metrics());
        assertThat(viaConfig.trainingHash()).isEqualTo(viaParams.trainingHash());
    }
}
