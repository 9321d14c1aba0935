package org.retort.node.ml;

import java.util.ArrayList;
import java.util.Map;
import java.util.stream.IntStream;
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
import org.tribuo.Trainer;

/** Trains a regression or classification model on the whole table; see {@code Train.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.ml.train", version = "1.0.0", title = "Train model", category = "Machine learning",
        tags = {"train", "model", "regression", "classification", "qsar", "xgboost", "random forest", "tribuo"},
        inputs = @Port(name = "in", type = PortType.TABLE, description = "Training rows: feature columns and a target column."),
        outputs = @Port(name = "model", type = PortType.MODEL, description = "One row: the trained model and its metadata."))
public final class Train implements BarrierNode<Train.Params> {

    static final String LEARNT = "rows learnt from";

    public record Params(
            @Param(title = "Task", defaultValue = "REGRESSION") Task task,
            @Param(title = "Target column", columnOf = "in", description = "The value to learn.") String target,
            @Param(title = "Feature columns", defaultValue = "", description = "Comma-separated column names.") String features,
            @Param(title = "Feature column prefix", defaultValue = "",
                   description = "Every column whose name starts with this is a feature too, e.g. ecfp4_1024_.") String featurePrefix,
            @Param(title = "Algorithm", defaultValue = "XGBOOST") Algorithm algorithm,
            @Param(title = "Missing values", defaultValue = "FAIL_ROW") MissingValues missing,
            @Param(title = "Class threshold", defaultValue = "", pattern = "(-?[0-9]+(\\.[0-9]+)?)?", advanced = true,
                   description = "Classification of a numeric target: at or above is 'active', below 'inactive'.") String threshold,
            @Param(title = "Positive class", defaultValue = "", advanced = true,
                   description = "The class ROC AUC and F1 refer to; empty: 'active' with a threshold, else the last class in sort order.") String positiveClass,
            @Param(title = "Trees", defaultValue = "100", min = 1, max = 5000,
                   description = "Boosting rounds of XGBoost, trees of a random forest or of extra trees.") int trees,
            @Param(title = "Maximum depth", defaultValue = "0", min = 0, max = 64, advanced = true,
                   description = "0: the algorithm's default (XGBoost 6, CART and forest unlimited).") int maxDepth,
            @Param(title = "Seed", defaultValue = "42") long seed) {

        Settings settings() {
            return Settings.of(task, target, features, featurePrefix, algorithm, missing, threshold, positiveClass, trees, maxDepth, seed);
        }
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        Settings settings = params.settings();
        Table in = inputs.getOrDefault("in", Table.empty(Schema.EMPTY));
        Examples data = Examples.of(in, settings, context);
        TrainedModel model = onAllRows(settings, data);
        context.count(LEARNT, data.size());
        var rows = new ArrayList<Row>();
        rows.add(model.toRow(1));
        rows.addAll(data.failed);
        return Map.of("model", new Table(TrainedModel.SCHEMA, rows));
    }

    /** Trains on every row of {@code data}: the model with its metadata, as the {@code model} port carries it. */
    static TrainedModel onAllRows(Settings settings, Examples data) {
        return onAllRows(settings, data, null);
    }

    /** Trains {@code trainer} ({@code null}: the trainer of {@code settings}) on every row of {@code data}. */
    static TrainedModel onAllRows(Settings settings, Examples data, Trainer<?> trainer) {
        int[] all = IntStream.range(0, data.size()).toArray();
        Learner.Fitted fitted = Learner.fit(settings, data, all, trainer);
        String positive = settings.task() == Task.CLASSIFICATION ? settings.positive(data.classes) : "";
        var metrics = Metrics.of(data, all, Learner.predict(fitted, settings.task(), data, all, positive), positive);
        return new TrainedModel(fitted.model(), settings.task(), settings.algorithm(), settings.target(), data.features,
                settings.threshold(), positive, metrics, data.size(), data.contentHash(settings.target()), TrainedModel.provenanceJson(fitted.model()),
                Domain.of(data.x));
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        params.settings().featureColumns(inputs.get("in"));
        return Map.of("model", TrainedModel.SCHEMA);
    }
}
