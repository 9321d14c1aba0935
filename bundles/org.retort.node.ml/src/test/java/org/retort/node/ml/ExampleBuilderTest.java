package org.retort.node.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.retort.api.testing.RecordingContext;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** Sparse, pre-sorted examples give CART and linear SGD exactly the model dense ones give, in less time. */
class ExampleBuilderTest {

    @Test
    void leavingOutZerosChangesNeitherTheTreeNorTheLinearModel() {
        Examples data = Examples.of(Chembl.every(2), Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1).settings(), new RecordingContext());
        var sparse = new ExampleBuilder(data.features, Algorithm.CART);
        var dense = new ExampleBuilder(data.features, Algorithm.XGBOOST);
        assertThat(sparse.example(new Regressor("y", 1), data.x[0]).size()).isLessThan(100);
        assertThat(dense.example(new Regressor("y", 1), data.x[0]).size()).isEqualTo(data.features.size());
        for (Algorithm algorithm : List.of(Algorithm.CART, Algorithm.LINEAR_SGD)) {
            Settings settings = Fixtures.train(Task.REGRESSION, algorithm, "", 1).settings();
            assertThat(predictions(settings, data, sparse)).as(algorithm.name()).isEqualTo(predictions(settings, data, dense));
        }
    }

    @Test
    void aRowWithNoBitSetStillMakesAnExample() {
        var builder = new ExampleBuilder(List.of("b", "a"), Algorithm.CART);
        Example<?> example = builder.example(RegressionFactory.UNKNOWN_REGRESSOR, new double[] {0, 0});
        assertThat(example.size()).isEqualTo(1);
        assertThat(example.iterator().next().getName()).isEqualTo("a");
        assertThat(builder.example(RegressionFactory.UNKNOWN_REGRESSOR, new double[] {2, 3}).iterator().next().getValue()).isEqualTo(3);
    }

    @Test
    void theNodesPredictionsAreTheSameWhetherTheRowsAreNewOrTheOnesLearntFrom() throws Exception {
        var params = Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1);
        var model = new Train().process(Map.of("in", Chembl.first(300)), params, new RecordingContext()).get("model");
        var rmse = TrainedModel.from(model).metrics().get("rmse");
        var out = new Predict().process(Map.of("in", Chembl.first(300), "model", model), new Predict.Params("p", "", "", "", 0.3),
                new RecordingContext()).get("out");
        double[] actual = out.rows().stream().mapToDouble(r -> r.number(1)).toArray();
        double[] predicted = out.rows().stream().mapToDouble(r -> r.number(out.schema().index("p"))).toArray();
        assertThat(Metrics.regression(actual, predicted).get("rmse")).isEqualTo(rmse);
    }

    private static List<Double> predictions(Settings settings, Examples data, ExampleBuilder builder) {
        var factory = new RegressionFactory();
        var dataset = new MutableDataset<>(new SimpleDataSourceProvenance("test", factory), factory);
        var examples = new ArrayList<Example<Regressor>>();
        IntStream.range(0, data.size()).forEach(i -> examples.add(cast(builder.example(new Regressor("p_ic50", data.y[i]), data.x[i]))));
        dataset.addAll(examples);
        Model<Regressor> model = Trainers.regression(settings, data.features.size()).train(dataset);
        return model.predict(examples).stream().map(Prediction::getOutput).map(r -> r.getValues()[0]).toList();
    }

    @SuppressWarnings("unchecked")
    private static Example<Regressor> cast(Example<?> example) {
        return (Example<Regressor>) example;
    }
}
