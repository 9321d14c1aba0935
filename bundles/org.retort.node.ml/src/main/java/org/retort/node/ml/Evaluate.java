package org.retort.node.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
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

/** Measures how well the algorithm settings of Train predict unseen rows: split or k-fold CV; see {@code Evaluate.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.ml.evaluate", version = "1.0.0", title = "Evaluate model", category = "Machine learning",
        tags = {"evaluate", "cross-validation", "validation", "metrics", "rmse", "auc", "model", "tribuo"},
        inputs = @Port(name = "in", type = PortType.TABLE, description = "Rows with feature columns and a target column."),
        outputs = {
            @Port(name = "metrics", type = PortType.TABLE, description = "One row per set (train, test, fold N, mean) and metric."),
            @Port(name = "predictions", type = PortType.TABLE, description = "Predicted against actual value of every held-out row."),
            @Port(name = "confusion", type = PortType.TABLE, description = "Classification: the confusion matrix of each held-out set.")})
public final class Evaluate implements BarrierNode<Evaluate.Params> {

    public enum Validation { SPLIT, CROSS_VALIDATION }

    static final Schema METRICS = Schema.of(Column.of("set", ColumnType.STRING), Column.of("metric", ColumnType.STRING),
            Column.of("value", ColumnType.DOUBLE), Column.of("n", ColumnType.INTEGER));
    static final Schema CONFUSION = Schema.of(Column.of("set", ColumnType.STRING), Column.of("actual", ColumnType.STRING),
            Column.of("predicted", ColumnType.STRING), Column.of("count", ColumnType.INTEGER));

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
            @Param(title = "Seed", defaultValue = "42", description = "Seeds the shuffle of the rows and the algorithm.") long seed,
            @Param(title = "Validation", defaultValue = "SPLIT") Validation validation,
            @Param(title = "Test fraction", defaultValue = "0.2", min = 0.05, max = 0.5,
                   description = "Split: the share of rows held out for testing.") double testFraction,
            @Param(title = "Folds", defaultValue = "5", min = 2, max = 20, description = "Cross-validation: k.") int folds) {

        Settings settings() {
            return Settings.of(task, target, features, featurePrefix, algorithm, missing, threshold, positiveClass, trees, maxDepth, seed);
        }
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        Settings settings = params.settings();
        Examples data = Examples.of(inputs.getOrDefault("in", Table.empty(Schema.EMPTY)), settings, context);
        int n = data.size();
        String positive = settings.task() == Task.CLASSIFICATION ? settings.positive(data.classes) : "";
        var out = new Outputs(settings.task(), data, positive);
        if (params.validation() == Validation.SPLIT) {
            int test = (int) Math.round(n * params.testFraction());
            if (test < 1 || n - test < 2) {
                throw new IllegalArgumentException(n + " rows are too few to hold out " + params.testFraction() + " of them for testing");
            }
            int[] order = CrossValidation.shuffled(n, settings.seed());
            int[] testRows = Arrays.copyOfRange(order, 0, test);
            int[] trainRows = Arrays.copyOfRange(order, test, n);
            Learner.Fitted fitted = Learner.fit(settings, data, trainRows);
            out.metrics("train", trainRows, predict(fitted, settings, data, trainRows, positive));
            out.heldOut("test", testRows, predict(fitted, settings, data, testRows, positive));
        } else {
            var results = CrossValidation.run(settings, data, CrossValidation.folds(n, params.folds(), settings.seed()), positive, context);
            results.forEach(r -> out.heldOut(r.fold().name(), r.fold().test(), r.predicted(), r.metrics()));
            out.metrics("mean", n, CrossValidation.mean(results));
        }
        var predictions = new ArrayList<>(out.predictions);
        predictions.addAll(data.failed);
        return Map.of("metrics", new Table(METRICS, out.metrics), "predictions", new Table(predictionSchema(settings.task()), predictions),
                "confusion", new Table(CONFUSION, out.confusion));
    }

    private static List<Learner.Predicted> predict(Learner.Fitted fitted, Settings settings, Examples data, int[] rows, String positive) {
        return Learner.predict(fitted, settings.task(), data, rows, positive);
    }

    static Schema predictionSchema(Task task) {
        ColumnType value = task == Task.REGRESSION ? ColumnType.DOUBLE : ColumnType.STRING;
        Schema schema = Schema.of(Column.of("set", ColumnType.STRING), Column.of("record", ColumnType.INTEGER),
                Column.of("actual", value), Column.of("predicted", value));
        return task == Task.REGRESSION ? schema : schema.plus(Column.of("score", ColumnType.DOUBLE));
    }

    /** The rows of the three outputs, collected set by set. */
    private static final class Outputs {
        final Task task;
        final Examples data;
        final String positive;
        final List<Row> metrics = new ArrayList<>();
        final List<Row> predictions = new ArrayList<>();
        final List<Row> confusion = new ArrayList<>();

        Outputs(Task task, Examples data, String positive) {
            this.task = task;
            this.data = data;
            this.positive = positive;
        }

        void metrics(String set, int[] rows, List<Learner.Predicted> predicted) {
            metrics(set, rows.length, Metrics.of(data, rows, predicted, positive));
        }

        void metrics(String set, int n, Map<String, Double> values) {
            values.forEach((metric, value) -> metrics.add(Row.of(metrics.size() + 1, set, metric, value, (long) n)));
        }

        void heldOut(String set, int[] rows, List<Learner.Predicted> predicted) {
            heldOut(set, rows, predicted, Metrics.of(data, rows, predicted, positive));
        }

        void heldOut(String set, int[] rows, List<Learner.Predicted> predicted, Map<String, Double> values) {
            for (int i = 0; i < rows.length; i++) {
                Row source = data.rows.get(rows[i]);
                Learner.Predicted p = predicted.get(i);
                predictions.add(task == Task.REGRESSION
                        ? Row.of(source.recordNumber(), set, source.recordNumber(), data.y[rows[i]], p.value())
                        : Row.of(source.recordNumber(), set, source.recordNumber(), data.labels[rows[i]], p.label(), p.score()));
            }
            if (task == Task.CLASSIFICATION) {
                String[] actual = Arrays.stream(rows).mapToObj(r -> data.labels[r]).toArray(String[]::new);
                long[][] counts = Metrics.confusion(data.classes, actual, predicted.stream().map(Learner.Predicted::label).toArray(String[]::new));
                for (int a = 0; a < counts.length; a++) {
                    for (int b = 0; b < counts.length; b++) {
                        confusion.add(Row.of(confusion.size() + 1, set, data.classes.get(a), data.classes.get(b), counts[a][b]));
                    }
                }
            }
            metrics(set, rows.length, values);
        }
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        params.settings().featureColumns(inputs.get("in"));
        return Map.of("metrics", METRICS, "predictions", predictionSchema(params.task()), "confusion", CONFUSION);
    }
}
