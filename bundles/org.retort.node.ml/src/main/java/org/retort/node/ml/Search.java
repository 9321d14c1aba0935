package org.retort.node.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.BarrierNode;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;

/** Tries hyperparameter settings of an algorithm by k-fold cross-validation and trains the best on every row; see {@code Search.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.ml.search", version = "1.0.0", title = "Search hyperparameters", category = "Machine learning",
        tags = {"hyperparameter", "search", "tuning", "grid search", "random search", "cross-validation", "model", "tribuo"},
        inputs = @Port(name = "in", type = PortType.TABLE, description = "Training rows: feature columns and a target column."),
        outputs = {
            @Port(name = "trials", type = PortType.TABLE, description = "One row per setting tried: its values, cross-validated metrics (mean, sd), rank."),
            @Port(name = "model", type = PortType.MODEL, description = "The best setting trained on every row.")})
public final class Search implements BarrierNode<Search.Params> {

    static final String TRIALS = "settings tried";

    public record Params(
            @Param(title = "Task", defaultValue = "REGRESSION") Task task,
            @Param(title = "Target column", columnOf = "in", description = "The value to learn.") String target,
            @Param(title = "Feature columns", defaultValue = "", description = "Comma-separated column names.") String features,
            @Param(title = "Feature column prefix", defaultValue = "",
                   description = "Every column whose name starts with this is a feature too, e.g. ecfp4_1024_.") String featurePrefix,
            @Param(title = "Algorithm", defaultValue = "XGBOOST") Algorithm algorithm,
            @Param(title = "Search space", pattern = ".*\\S.*",
                   description = "Tribuo hyperparameters of the algorithm's trainer and the values to try: name=value,value;name=value,… "
                           + "e.g. maxDepth=4,6,8;eta=0.1,0.3 (XGBoost).") String space,
            @Param(title = "Strategy", defaultValue = "GRID") SearchStrategy strategy,
            @Param(title = "Maximum trials", defaultValue = "20", min = 1, max = 1000,
                   description = "GRID: a larger grid is refused; RANDOM: the number of settings drawn.") int trials,
            @Param(title = "Folds", defaultValue = "5", min = 2, max = 20, description = "k of the cross-validation scoring each setting.") int folds,
            @Param(title = "Rank by", defaultValue = "",
                   description = "The metric ranking the settings; empty: rmse (regression), roc_auc (two classes) or balanced_accuracy.") String metric,
            @Param(title = "Missing values", defaultValue = "FAIL_ROW") MissingValues missing,
            @Param(title = "Class threshold", defaultValue = "", pattern = "(-?[0-9]+(\\.[0-9]+)?)?", advanced = true,
                   description = "Classification of a numeric target: at or above is 'active', below 'inactive'.") String threshold,
            @Param(title = "Positive class", defaultValue = "", advanced = true,
                   description = "The class ROC AUC and F1 refer to; empty: 'active' with a threshold, else the last class in sort order.") String positiveClass,
            @Param(title = "Seed", defaultValue = "42", description = "Seeds the folds, the random draws and the algorithm.") long seed) {

        Settings settings() {
            return Settings.of(task, target, features, featurePrefix, algorithm, missing, threshold, positiveClass, 100, 0, seed);
        }
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        Settings settings = params.settings();
        Examples data = Examples.of(inputs.getOrDefault("in", Table.empty(Schema.EMPTY)), settings, context);
        SearchSpace space = SearchSpace.parse(params.space(), Trainers.of(settings, data.features.size()));
        String positive = settings.task() == Task.CLASSIFICATION ? settings.positive(data.classes) : "";
        String rankBy = rankBy(params, data.classes.size());
        List<CrossValidation.Fold> folds = CrossValidation.folds(data.size(), params.folds(), settings.seed());
        var trials = new Trials(space, settings.task(), rankBy);
        for (Map<String, String> setting : space.settings(params.strategy(), params.trials(), settings.seed())) {
            Settings tried = settings.with(setting);
            var results = CrossValidation.run(tried, data, folds, positive, context);
            Map<String, Double> mean = CrossValidation.mean(results);
            trials.add(setting, mean, CrossValidation.sd(results), Trainers.provenanceJson(Trainers.of(tried, data.features.size())));
            context.count(TRIALS, 1);
            context.info("setting " + SearchSpace.describe(setting) + ": " + rankBy + " " + mean.get(rankBy));
        }
        Map<String, String> best = trials.best();
        context.info("best setting: " + SearchSpace.describe(best));
        var rows = new ArrayList<Row>();
        rows.add(Train.onAllRows(settings.with(best), data).toRow(1));
        rows.addAll(data.failed);
        return Map.of("trials", trials.table(), "model", new Table(TrainedModel.SCHEMA, rows));
    }

    /** The metric the settings are ranked by: the one chosen, else rmse, roc_auc with two classes, balanced_accuracy. */
    private static String rankBy(Params params, int classes) {
        String metric = params.metric().trim();
        List<String> names = Metrics.names(params.task());
        if (metric.isEmpty()) {
            return params.task() == Task.REGRESSION ? "rmse" : classes == 2 ? "roc_auc" : "balanced_accuracy";
        }
        if (!names.contains(metric) || metric.equals("roc_auc") && classes > 2) {
            throw new IllegalArgumentException("cannot rank by '" + metric + "': the metrics of " + params.task() + " are " + names
                    + (classes > 2 ? " (roc_auc with two classes only)" : ""));
        }
        return metric;
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Settings settings = params.settings();
        int features = settings.featureColumns(inputs.get("in")).size();
        SearchSpace space = SearchSpace.parse(params.space(), Trainers.of(settings, features));
        space.settings(params.strategy(), params.trials(), params.seed());
        rankBy(params, 2);
        return Map.of("trials", Trials.schema(space, params.task()), "model", TrainedModel.SCHEMA);
    }
}
