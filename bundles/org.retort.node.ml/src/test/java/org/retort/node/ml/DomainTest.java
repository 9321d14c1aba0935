package org.retort.node.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Table;
import org.retort.api.testing.RecordingContext;

/** The applicability domain a model keeps: Tanimoto to the training bits, or the training range of other features. */
class DomainTest {

    @Test
    void fingerprintBitsGiveATanimotoDomainThatKnowsItsTrainingRowsAndSurvivesJson() throws Exception {
        Table table = Chembl.first(300);
        Examples data = Examples.of(table, Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1).settings(), new RecordingContext());
        Domain domain = Domain.of(data.x);
        assertThat(domain).isInstanceOf(Domain.Tanimoto.class);
        for (int i = 0; i < 5; i++) {
            assertThat(domain.assess(data.x[i], 0.3)).isEqualTo(new Domain.Assessment(true, 1.0));
        }
        Domain read = Domain.fromJson(domain.toJson());
        double[] other = data.x[0].clone();
        for (int j = 0; j < other.length; j++) {
            other[j] = 1 - other[j]; // every bit flipped: nothing in common with row 0
        }
        assertThat(read.assess(other, 0.3)).isEqualTo(domain.assess(other, 0.3));
        assertThat(read.assess(other, 0.3).similarity()).isLessThan(0.3);
        assertThat(read.assess(other, 0.3).inside()).isFalse();
    }

    @Test
    void tanimotoIsTheShareOfBitsInCommon() throws Exception {
        var domain = Domain.Tanimoto.of(new double[][] {{1, 1, 0, 0}, {0, 0, 1, 1}});
        // {0, 1, 2} against {0, 1}: 2 in common of 3 set; against {2, 3}: 1 of 4
        assertThat(domain.assess(new double[] {1, 1, 1, 0}, 0.6).similarity()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(domain.assess(new double[] {1, 1, 1, 0}, 0.7).inside()).isFalse();
        assertThat(domain.assess(new double[] {0, 0, 0, 0}, 0.3).similarity()).isZero();
    }

    @Test
    void otherFeaturesGiveTheTrainingRangeOfEachFeature() throws Exception {
        Domain domain = Domain.of(new double[][] {{1.5, 10}, {3.0, 20}, {2.0, Double.NaN}});
        assertThat(domain).isInstanceOf(Domain.Box.class);
        assertThat(domain.assess(new double[] {2.5, 15}, 0.3)).isEqualTo(new Domain.Assessment(true, null));
        assertThat(domain.assess(new double[] {3.5, 15}, 0.3).inside()).isFalse();
        assertThat(Domain.fromJson(domain.toJson()).assess(new double[] {1.5, 20}, 0.3).inside()).isTrue();
    }

    @Test
    void aModelRowWithoutDomainHasNoneAndABrokenOneIsNamed() throws Exception {
        assertThat(Domain.fromJson(null)).isNull();
        assertThat(Domain.fromJson("")).isNull();
        assertThatThrownBy(() -> Domain.fromJson("{\"method\":\"leverage\"}")).hasMessage("unknown applicability-domain method 'leverage'");
        assertThatThrownBy(() -> Domain.fromJson("{\"method\":\"tanimoto\",\"features\":64,\"rows\":2,\"bits\":\"AAAAAAAAAAA=\"}"))
                .hasMessageContaining("not 2 rows of 64 bits");
    }

    @Test
    void trainKeepsTheDomainInTheModelRow() throws Exception {
        Table model = new Train().process(Map.of("in", Chembl.first(100)), Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1),
                new RecordingContext()).get("model");
        assertThat(model.rows().get(0).string(model.schema().index(TrainedModel.DOMAIN))).contains("\"method\":\"tanimoto\"", "\"rows\":100");
        assertThat(TrainedModel.from(model).domain()).isInstanceOf(Domain.Tanimoto.class);
    }

    @Test
    void predictGivesEachRowItsSimilarityToTheTrainingSetAndFlagsThoseBelowTheThreshold() throws Exception {
        Table all = Chembl.table();
        Table training = new Table(all.schema(), all.rows().subList(0, 900));
        Table fresh = new Table(all.schema(), all.rows().subList(900, all.size()));
        Table model = new Train().process(Map.of("in", training), Fixtures.train(Task.REGRESSION, Algorithm.CART, "", 1),
                new RecordingContext()).get("model");
        var context = new RecordingContext();
        Table out = predict(fresh, model, 0.3, context);
        int inside = out.schema().index("p_in_domain");
        int similarity = out.schema().index("p_similarity");
        double[] s = out.rows().stream().mapToDouble(r -> r.number(similarity)).sorted().toArray();
        System.out.printf("max Tanimoto of 117 held-out ChEMBL rows to 900 training rows: min %.2f median %.2f max %.2f%n",
                s[0], s[s.length / 2], s[s.length - 1]);
        assertThat(s[0]).isGreaterThanOrEqualTo(0.0);
        assertThat(s[s.length - 1]).isLessThanOrEqualTo(1.0);
        assertThat(out.rows()).allSatisfy(r -> assertThat(r.get(inside)).isEqualTo(r.number(similarity) >= 0.3));
        long outside = out.rows().stream().filter(r -> !(Boolean) r.get(inside)).count();
        assertThat(context.counter(Predictor.OUTSIDE)).isEqualTo(outside);
        // a stricter threshold leaves more rows outside; the training rows themselves are always inside
        long strict = predict(fresh, model, 0.9, new RecordingContext()).rows().stream().filter(r -> !(Boolean) r.get(inside)).count();
        assertThat(strict).isGreaterThan(outside);
        assertThat(predict(Chembl.first(50), model, 1.0, new RecordingContext()).rows())
                .allSatisfy(r -> assertThat(r.number(similarity)).isEqualTo(1.0));
    }

    private static Table predict(Table in, Table model, double threshold, RecordingContext context) throws InterruptedException {
        return new Predict().process(Map.of("in", in, "model", model), new Predict.Params("p", "", "", "", threshold), context).get("out");
    }
}
