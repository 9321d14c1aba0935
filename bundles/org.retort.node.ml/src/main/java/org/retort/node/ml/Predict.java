package org.retort.node.ml;

import java.util.ArrayList;
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

/** Adds a trained model's prediction to every row; see {@code Predict.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.ml.predict", version = "1.0.0", title = "Predict", category = "Machine learning",
        tags = {"predict", "apply", "score", "model", "qsar", "tribuo"},
        inputs = {
            @Port(name = "in", type = PortType.TABLE, description = "Rows with the feature columns the model was trained on."),
            @Port(name = "model", type = PortType.MODEL, description = "The model, from Train.")},
        outputs = @Port(name = "out", type = PortType.TABLE, description = "The input plus the prediction columns."))
public final class Predict implements BarrierNode<Predict.Params> {

    static final String PREDICTED = "rows predicted";

    public record Params(
            @Param(title = "Prediction column", defaultValue = "prediction", pattern = "[A-Za-z_][A-Za-z0-9_]*",
                   description = "Regression: the value; classification: the score of the positive class (two classes) or of the predicted class. "
                           + "The class goes to <name>_class.") String column) {
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        TrainedModel model = TrainedModel.from(inputs.get("model"));
        Table in = inputs.getOrDefault("in", Table.empty(Schema.EMPTY));
        Schema out = output(in.schema(), params);
        int[] columns = new int[model.features().size()];
        for (int j = 0; j < columns.length; j++) {
            String name = model.features().get(j);
            columns[j] = in.schema().indexOf(name);
            if (columns[j] < 0) {
                throw new IllegalArgumentException("the input has no column '" + name + "', a feature of the model");
            }
        }
        var rows = new ArrayList<Row>(in.size());
        var usable = new ArrayList<Integer>();
        var x = new ArrayList<double[]>();
        for (Row row : in.rows()) {
            rows.add(row);
            if (row.failed()) {
                continue;
            }
            double[] v = new double[columns.length];
            String missing = null;
            for (int j = 0; j < columns.length && missing == null; j++) {
                Object cell = row.get(columns[j]);
                if (cell != null && !(cell instanceof Number) && !(cell instanceof Boolean)) {
                    missing = "feature column '" + model.features().get(j) + "' holds '" + cell + "', not a number";
                } else if (Double.isNaN(v[j] = Examples.number(cell))) {
                    missing = "no value in feature column '" + model.features().get(j) + "'";
                }
            }
            if (missing != null) {
                rows.set(rows.size() - 1, row.fail(missing));
            } else {
                usable.add(rows.size() - 1);
                x.add(v);
            }
        }
        int[] all = new int[x.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        var predicted = Learner.predict(new Learner.Fitted(model.model(), null), model.task(), model.features(),
                x.toArray(double[][]::new), all, model.positiveClass());
        for (int i = 0; i < all.length; i++) {
            int r = usable.get(i);
            Learner.Predicted p = predicted.get(i);
            rows.set(r, model.task() == Task.REGRESSION ? rows.get(r).append(p.value(), null) : rows.get(r).append(p.score(), p.label()));
        }
        context.count(PREDICTED, all.length);
        return Map.of("out", new Table(out, rows));
    }

    private static Schema output(Schema in, Params params) {
        String value = params.column();
        String label = value + "_class";
        for (String name : new String[] {value, label}) {
            if (in.indexOf(name) >= 0) {
                throw new IllegalArgumentException("the input already has a column '" + name + "': choose another prediction column");
            }
        }
        return in.plus(Column.of(value, ColumnType.DOUBLE), Column.of(label, ColumnType.STRING));
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        return in == null ? Map.of() : Map.of("out", output(in, params));
    }
}
