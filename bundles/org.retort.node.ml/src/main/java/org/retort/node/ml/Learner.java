package org.retort.node.ml;

import java.util.ArrayList;
import java.util.List;
import org.retort.api.util.ContextClassLoader;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** Trains Tribuo models on {@link Examples} and predicts with them; every Tribuo call runs with Tribuo's classloader as TCCL. */
final class Learner {

    /** A trained model and the feature means it imputes missing values with ({@code null} without imputation). */
    record Fitted(Model<?> model, double[] means) {
    }

    /**
     * One prediction: the value of a regression, or the class with its score — for two classes the
     * score of the positive class, else the score of the predicted class ({@code NaN} when the model gives none).
     */
    record Predicted(double value, String label, double score) {
    }

    private Learner() {
    }

    /** Trains on the rows {@code train} of {@code data}. */
    static Fitted fit(Settings settings, Examples data, int[] train) {
        double[] means = settings.missing() == MissingValues.IMPUTE_MEAN ? means(data.x, train) : null;
        String[] names = data.features.toArray(String[]::new);
        int features = names.length;
        return ContextClassLoader.call(Model.class, () -> {
            if (settings.task() == Task.REGRESSION) {
                var factory = new RegressionFactory();
                var dataset = new MutableDataset<>(new SimpleDataSourceProvenance("Retort table, target " + settings.target(), factory), factory);
                for (int i : train) {
                    dataset.add(new ArrayExample<>(new Regressor(settings.target(), data.y[i]), names, imputed(data.x[i], means)));
                }
                Trainer<Regressor> trainer = settings.algorithm().regression(settings.trees(), settings.maxDepth(), features, settings.seed());
                return new Fitted(trainer.train(dataset), means);
            }
            var factory = new LabelFactory();
            var dataset = new MutableDataset<>(new SimpleDataSourceProvenance("Retort table, target " + settings.target(), factory), factory);
            for (int i : train) {
                dataset.add(new ArrayExample<>(new Label(data.labels[i]), names, imputed(data.x[i], means)));
            }
            Trainer<Label> trainer = settings.algorithm().classification(settings.trees(), settings.maxDepth(), features, settings.seed());
            return new Fitted(trainer.train(dataset), means);
        });
    }

    /** Predicts the rows {@code rows} of {@code x} (features in the order of {@code features}). */
    static List<Predicted> predict(Fitted fitted, Task task, List<String> features, double[][] x, int[] rows, String positive) {
        String[] names = features.toArray(String[]::new);
        return ContextClassLoader.call(Model.class, () -> {
            var out = new ArrayList<Predicted>(rows.length);
            if (task == Task.REGRESSION) {
                @SuppressWarnings("unchecked")
                Model<Regressor> model = (Model<Regressor>) fitted.model();
                Regressor unknown = new RegressionFactory().getUnknownOutput();
                var examples = new ArrayList<Example<Regressor>>(rows.length);
                for (int i : rows) {
                    examples.add(new ArrayExample<>(unknown, names, imputed(x[i], fitted.means())));
                }
                for (Prediction<Regressor> p : model.predict(examples)) {
                    out.add(new Predicted(p.getOutput().getValues()[0], null, Double.NaN));
                }
                return out;
            }
            @SuppressWarnings("unchecked")
            Model<Label> model = (Model<Label>) fitted.model();
            var examples = new ArrayList<Example<Label>>(rows.length);
            for (int i : rows) {
                examples.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, imputed(x[i], fitted.means())));
            }
            boolean binary = model.getOutputIDInfo().size() == 2;
            for (Prediction<Label> p : model.predict(examples)) {
                String label = p.getOutput().getLabel();
                Label scored = p.getOutputScores().get(binary && positive != null ? positive : label);
                out.add(new Predicted(Double.NaN, label, scored == null ? Double.NaN : scored.getScore()));
            }
            return out;
        });
    }

    private static double[] means(double[][] x, int[] rows) {
        int d = x.length == 0 ? 0 : x[0].length;
        double[] sum = new double[d];
        int[] count = new int[d];
        for (int i : rows) {
            for (int j = 0; j < d; j++) {
                if (!Double.isNaN(x[i][j])) {
                    sum[j] += x[i][j];
                    count[j]++;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            sum[j] = count[j] == 0 ? 0 : sum[j] / count[j];
        }
        return sum;
    }

    private static double[] imputed(double[] v, double[] means) {
        if (means == null) {
            return v;
        }
        double[] copy = v.clone();
        for (int j = 0; j < copy.length; j++) {
            if (Double.isNaN(copy[j])) {
                copy[j] = means[j];
            }
        }
        return copy;
    }
}
