package org.retort.node.ml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;

/**
 * Applies one model to the rows of a table: reads each row's features (failing the row that has none), takes
 * what the cache knows, has the model predict the rest in one call (rows with the same key once), and adds the
 * prediction and the applicability-domain columns.
 *
 * @param identity  the model's identity in the cache ({@link PredictionCache#model})
 * @param threshold the similarity at or above which a row is in the domain
 * @param computed  counts the predictions the model itself made (across runs; a key shared by rows counts once)
 */
record Predictor(TrainedModel model, String identity, PredictionCache cache, double threshold, AtomicLong computed) {

    static final String PREDICTED = "rows predicted";
    static final String CACHED = "predictions from cache";
    static final String OUTSIDE = "rows outside the applicability domain";

    /** The rows of {@code in} with the four prediction columns of {@code out} appended (failed rows unchanged). */
    Table apply(Table in, Schema out, NodeContext context) {
        int[] columns = featureColumns(in.schema());
        int molecule = moleculeColumn(in.schema());
        var rows = new ArrayList<Row>(in.size());
        var pending = new ArrayList<Pending>();
        long cached = 0;
        for (Row row : in.rows()) {
            rows.add(row);
            if (row.failed()) {
                continue;
            }
            double[] v = new double[columns.length];
            String problem = read(row, columns, v);
            if (problem != null) {
                rows.set(rows.size() - 1, row.fail(problem));
                continue;
            }
            Molecule mol = molecule < 0 ? null : row.molecule(molecule);
            var key = new PredictionCache.Key(identity, mol == null ? PredictionCache.features(v) : PredictionCache.molecule(mol.text()));
            Learner.Predicted known = cache.get(key);
            if (known != null) {
                cached++;
            }
            pending.add(new Pending(rows.size() - 1, v, key, known));
        }
        predictUnknown(pending);
        context.count(PREDICTED, pending.size() - cached);
        context.count(CACHED, cached);
        appendColumns(rows, pending, context);
        return new Table(out, rows);
    }

    /** Has the model predict the rows the cache did not know (each distinct key once) and remembers the results. */
    private void predictUnknown(List<Pending> pending) {
        var unknown = new LinkedHashMap<PredictionCache.Key, double[]>();
        pending.stream().filter(p -> p.predicted == null).forEach(p -> unknown.putIfAbsent(p.key, p.x));
        Map<PredictionCache.Key, Learner.Predicted> fresh = predict(unknown);
        fresh.forEach(cache::put);
        pending.stream().filter(p -> p.predicted == null).forEach(p -> p.predicted = fresh.get(p.key));
    }

    /** Appends the prediction and the applicability domain to each predicted row. */
    private void appendColumns(List<Row> rows, List<Pending> pending, NodeContext context) {
        long outside = 0;
        for (Pending p : pending) {
            Domain.Assessment domain = model.domain() == null ? null : model.domain().assess(p.x, threshold);
            Boolean inside = domain == null ? null : domain.inside();
            Double similarity = domain == null ? null : domain.similarity();
            outside += Boolean.FALSE.equals(inside) ? 1 : 0;
            Learner.Predicted r = p.predicted;
            Row row = rows.get(p.row);
            rows.set(p.row, model.task() == Task.REGRESSION ? row.append(r.value(), null, inside, similarity)
                    : row.append(r.score(), r.label(), inside, similarity));
        }
        if (model.domain() == null) {
            context.warn("the model was trained before Retort kept its applicability domain: the domain columns are empty");
        } else {
            context.count(OUTSIDE, outside);
        }
    }

    private Map<PredictionCache.Key, Learner.Predicted> predict(Map<PredictionCache.Key, double[]> rows) {
        var out = new HashMap<PredictionCache.Key, Learner.Predicted>();
        if (rows.isEmpty()) {
            return out;
        }
        double[][] x = rows.values().toArray(double[][]::new);
        computed.addAndGet(x.length);
        var fitted = new Learner.Fitted(model.model(), null, new ExampleBuilder(model.features(), model.algorithm()));
        List<Learner.Predicted> predicted = Learner.predict(fitted, model.task(), x, model.positiveClass());
        int i = 0;
        for (PredictionCache.Key key : rows.keySet()) {
            out.put(key, predicted.get(i++));
        }
        return out;
    }

    private int[] featureColumns(Schema schema) {
        int[] columns = new int[model.features().size()];
        for (int j = 0; j < columns.length; j++) {
            String name = model.features().get(j);
            columns[j] = schema.indexOf(name);
            if (columns[j] < 0) {
                throw new IllegalArgumentException("the input has no column '" + name + "', a feature of the model");
            }
        }
        return columns;
    }

    /** The first molecule column: it keys the cache, so the same molecule is predicted once per model. */
    private static int moleculeColumn(Schema schema) {
        for (int i = 0; i < schema.size(); i++) {
            if (schema.columns().get(i).type() == ColumnType.MOLECULE) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the features of {@code row} into {@code v}; the reason the row cannot be predicted, or {@code null}. */
    private String read(Row row, int[] columns, double[] v) {
        for (int j = 0; j < columns.length; j++) {
            Object cell = row.get(columns[j]);
            if (cell != null && !(cell instanceof Number) && !(cell instanceof Boolean)) {
                return "feature column '" + model.features().get(j) + "' holds '" + cell + "', not a number";
            }
            if (Double.isNaN(v[j] = Examples.number(cell))) {
                return "no value in feature column '" + model.features().get(j) + "'";
            }
        }
        return null;
    }

    /** A row waiting for its prediction. */
    private static final class Pending {
        final int row;
        final double[] x;
        final PredictionCache.Key key;
        Learner.Predicted predicted;

        Pending(int row, double[] x, PredictionCache.Key key, Learner.Predicted predicted) {
            this.row = row;
            this.x = x;
            this.key = key;
            this.predicted = predicted;
        }
    }
}
