package org.retort.node.ml;

import java.util.ArrayList;
import java.util.List;
import org.retort.api.util.ContextClassLoader;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.Prediction;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** Trains Tribuo models on {@link Examples} and predicts with them; every Tribuo call runs with Tribuo's classloader as TCCL. */
final class Learner {

    /**
     * A trained model, the feature means it imputes missing values with ({@code null} without imputation) and how it
     * turns feature vectors into Tribuo examples.
     */
    record Fitted(Model<?> model, double[] means, ExampleBuilder builder) {
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
        return fit(settings, data, train, null);
    }

    /** Trains {@code given} ({@code null}: the trainer of {@code settings}) on the rows {@code train} of {@code data}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Fitted fit(Settings settings, Examples data, int[] train, Trainer<?> given) {
        double[] means = settings.missing() == MissingValues.IMPUTE_MEAN ? means(data.x, train) : null;
        ExampleBuilder builder = data.builder(settings.algorithm());
        int features = data.features.size();
        return ContextClassLoader.call(Model.class, () -> {
            OutputFactory factory = settings.task() == Task.REGRESSION ? new RegressionFactory() : new LabelFactory();
            var dataset = new MutableDataset(new SimpleDataSourceProvenance("Retort table, target " + settings.target(), factory), factory);
            for (int i : train) {
                dataset.add(means == null ? data.example(i, builder) : data.example(i, builder, imputed(data.x[i], means)));
            }
            Trainer trainer = given != null ? given
                    : settings.task() == Task.REGRESSION ? Trainers.regression(settings, features) : Trainers.classification(settings, features);
            return new Fitted(trainer.train(dataset), means, builder);
        });
    }

    /** Predicts the rows {@code rows} of {@code data} (reusing the examples built for training when nothing was imputed). */
    static List<Predicted> predict(Fitted fitted, Task task, Examples data, int[] rows, String positive) {
        var examples = new ArrayList<Example<?>>(rows.length);
        for (int i : rows) {
            examples.add(fitted.means() == null ? data.example(i, fitted.builder())
                    : fitted.builder().example(unknown(task), imputed(data.x[i], fitted.means())));
        }
        return predict(fitted.model(), task, examples, positive);
    }

    /** Predicts the feature vectors {@code x} (features in the model's order). */
    static List<Predicted> predict(Fitted fitted, Task task, double[][] x, String positive) {
        var examples = new ArrayList<Example<?>>(x.length);
        for (double[] v : x) {
            examples.add(fitted.builder().example(unknown(task), imputed(v, fitted.means())));
        }
        return predict(fitted.model(), task, examples, positive);
    }

    @SuppressWarnings("unchecked")
    private static List<Predicted> predict(Model<?> trained, Task task, List<Example<?>> examples, String positive) {
        return ContextClassLoader.call(Model.class, () -> {
            var out = new ArrayList<Predicted>(examples.size());
            if (task == Task.REGRESSION) {
                var model = (Model<Regressor>) trained;
                for (Prediction<Regressor> p : model.predict((Iterable<Example<Regressor>>) (List<?>) examples)) {
                    out.add(new Predicted(p.getOutput().getValues()[0], null, Double.NaN));
                }
                return out;
            }
            var model = (Model<Label>) trained;
            boolean binary = model.getOutputIDInfo().size() == 2;
            for (Prediction<Label> p : model.predict((Iterable<Example<Label>>) (List<?>) examples)) {
                String label = p.getOutput().getLabel();
                Label scored = p.getOutputScores().get(binary && positive != null ? positive : label);
                out.add(new Predicted(Double.NaN, label, scored == null ? Double.NaN : scored.getScore()));
            }
            return out;
        });
    }

    private static Output<?> unknown(Task task) {
        return task == Task.REGRESSION ? RegressionFactory.UNKNOWN_REGRESSOR : LabelFactory.UNKNOWN_LABEL;
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
