package org.retort.node.table;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.retort.node.table.Score.Direction.HIGHER_IS_BETTER;
import static org.retort.node.table.Score.Direction.LOWER_IS_BETTER;
import static org.retort.node.table.Triage.in;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.node.table.Score.Direction;

class ScoreTest {

    private final RecordingContext context = new RecordingContext();

    /** Potency counts twice, efficiency and a clean PAINS result once each. */
    private static final Score.Params TRIAGE = params("p_activity", 2, HIGHER_IS_BETTER, "le", 1, HIGHER_IS_BETTER,
            "pains_pass", 1, HIGHER_IS_BETTER);

    private static Score.Params params(String c1, double w1, Direction d1, String c2, double w2, Direction d2,
            String c3, double w3, Direction d3) {
        return new Score.Params(c1, w1, d1, c2, w2, d2, c3, w3, d3, "", 1, HIGHER_IS_BETTER, "score", "rank");
    }

    private static Score.Params one(String column, Direction direction) {
        return params(column, 1, direction, "", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER);
    }

    private Table score(Table table, Score.Params params) throws Exception {
        return new Score().process(in(table), params, context).get("out");
    }

    @Test
    void weightedMeanOfMinMaxDesirabilitiesRanksTheCompounds() throws Exception {
        Table out = score(Triage.table(), TRIAGE);
        assertThat(out.schema()).isEqualTo(Triage.SCHEMA.plus(Column.of("score", ColumnType.DOUBLE), Column.of("rank", ColumnType.INTEGER)));
        // pIC50 spans 5.10..8.52, LE 0.27..0.78; aspirin has neither and scores only its clean PAINS result
        double imatinib = (2 * (7.40 - 5.10) / 3.42 + 0 + 1) / 4;
        double gefitinib = (2 * 1 + (0.38 - 0.27) / 0.51 + 1) / 4;
        double rhodanine = (2 * (5.85 - 5.10) / 3.42 + (0.57 - 0.27) / 0.51 + 0) / 4;
        double erlotinib = (2 * 1 + (0.40 - 0.27) / 0.51 + 1) / 4;
        assertThat(out.rows()).extracting(r -> (Double) r.get(7)).satisfiesExactly(
                s -> assertThat(s).isCloseTo(imatinib, within(1e-9)),
                s -> assertThat(s).isCloseTo(gefitinib, within(1e-9)),
                s -> assertThat(s).isCloseTo(rhodanine, within(1e-9)),
                s -> assertThat(s).isEqualTo(0.25), // 4-methylcatechol: the most efficient, but the least potent and a PAINS hit
                s -> assertThat(s).isEqualTo(0.25), // aspirin: clean, nothing measured
                s -> assertThat(s).isCloseTo(erlotinib, within(1e-9)));
        assertThat(out.rows()).extracting(r -> r.get(8)).containsExactly(3L, 2L, 4L, 5L, 5L, 1L);
    }

    @Test
    void emptyCellsContributeZeroAndAreCountedPerColumn() throws Exception {
        score(Triage.table(), TRIAGE);
        assertThat(context.counter("empty p_activity")).isEqualTo(1);
        assertThat(context.counter("empty le")).isEqualTo(1);
        assertThat(context.counter("empty pains_pass")).isZero();
    }

    @Test
    void lowerIsBetterReversesTheScale() throws Exception {
        Table out = score(Triage.table(), one("heavy_atoms", LOWER_IS_BETTER));
        assertThat(out.rows()).extracting(r -> (Double) r.get(7)).satisfiesExactly(
                s -> assertThat(s).isZero(), // imatinib, 37 heavy atoms, the largest
                s -> assertThat(s).isCloseTo(6.0 / 28, within(1e-9)),
                s -> assertThat(s).isCloseTo(23.0 / 28, within(1e-9)),
                s -> assertThat(s).isEqualTo(1.0), // 4-methylcatechol, 9 heavy atoms, the smallest
                s -> assertThat(s).isCloseTo(24.0 / 28, within(1e-9)),
                s -> assertThat(s).isCloseTo(8.0 / 28, within(1e-9)));
        assertThat(out.rows()).extracting(r -> r.get(8)).containsExactly(6L, 5L, 3L, 1L, 2L, 4L);
    }

    @Test
    void aColumnWithOneValueGivesEveryoneOneAndAWarning() throws Exception {
        Schema schema = Schema.of(Column.of("id", ColumnType.STRING), Column.of("assay", ColumnType.INTEGER), Column.of("p_activity", ColumnType.DOUBLE));
        Table table = new Table(schema, List.of(Row.of(1, "a", 7L, 6.0), Row.of(2, "b", 7L, 8.0), Row.of(3, "c", null, 7.0)));
        Table out = score(table, params("assay", 1, LOWER_IS_BETTER, "p_activity", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER));
        assertThat(out.rows()).extracting(r -> r.get(3)).containsExactly(0.5, 1.0, 0.25);
        assertThat(out.rows()).extracting(r -> r.get(4)).containsExactly(2L, 1L, 3L);
        assertThat(context.warnings()).hasSize(1);
        assertThat(context.warnings().get(0)).contains("'assay'").contains("does not discriminate");
    }

    @Test
    void rowsThatFailedUpstreamNeitherMoveTheScaleNorGetAScore() throws Exception {
        Table clean = score(Triage.table(), TRIAGE);
        Table out = new Score().process(in(Triage.withFailedRow()), TRIAGE, new RecordingContext()).get("out");
        assertThat(out.goodRows()).isEqualTo(clean.rows());
        assertThat(out.failedRows()).containsExactly(Triage.withFailedRow().rows().get(6));
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        assertThat(Score.ranks(new double[] {0.5, 0.9, 0.5, 0.1})).containsExactly(2, 1, 2, 4);
        assertThat(Score.ranks(new double[] {0.3, 0.3, 0.3})).containsExactly(1, 1, 1);
        assertThat(Score.ranks(new double[0])).isEmpty();
    }

    @Test
    void mathematicallyEqualScoresTieDespiteRounding() {
        Schema schema = Schema.of(Column.of("a", ColumnType.DOUBLE), Column.of("b", ColumnType.DOUBLE), Column.of("c", ColumnType.DOUBLE));
        // desirabilities (0.1, 0.2, 0.3) and (0.3, 0.2, 0.1): in floating point 0.1+0.2+0.3 != 0.3+0.2+0.1
        List<Row> rows = List.of(Row.of(1, 0.1, 0.2, 0.3), Row.of(2, 0.3, 0.2, 0.1), Row.of(3, 0.0, 0.0, 0.0), Row.of(4, 1.0, 1.0, 1.0));
        var criteria = List.of(new Criterion("a", 1, HIGHER_IS_BETTER), new Criterion("b", 1, HIGHER_IS_BETTER), new Criterion("c", 1, HIGHER_IS_BETTER));
        double[] scores = Score.scores(schema, rows, criteria, context);
        assertThat(scores[0]).isEqualTo(scores[1]);
        assertThat(Score.ranks(scores)).containsExactly(2, 2, 4, 1);
    }

    @Test
    void anInputThatReceivedNoChunkComesBackEmpty() throws Exception {
        assertThat(score(Table.empty(Schema.EMPTY), TRIAGE).rows()).isEmpty();
        assertThat(score(Table.empty(Triage.SCHEMA), TRIAGE).schema().names()).endsWith("score", "rank");
    }

    @Test
    void configureNamesTheColumnThatCannotBeScored() {
        assertThat(new Score().configure(Map.of("in", Triage.SCHEMA), TRIAGE).get("out").names()).endsWith("pains_families", "score", "rank");
        assertProblem(one("id", HIGHER_IS_BETTER), "column 'id' is STRING; only INTEGER, DOUBLE and BOOLEAN");
        assertProblem(one("smiles", HIGHER_IS_BETTER), "column 'smiles' is MOLECULE");
        assertProblem(one("LE", HIGHER_IS_BETTER), "no column 'LE'");
        assertProblem(params("le", 1, HIGHER_IS_BETTER, "le", 2, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER), "column 'le' is listed twice");
        assertProblem(params("le", 0, HIGHER_IS_BETTER, "p_activity", 0, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER), "every weight is 0");
        assertProblem(params("le", -1, HIGHER_IS_BETTER, "p_activity", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER), "weight of column 'le' must be");
        assertProblem(new Score.Params("le", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER,
                "p_activity", "rank"), "output column 'p_activity' is already in the input");
        assertProblem(new Score.Params("le", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER, "", 1, HIGHER_IS_BETTER,
                "mpo", "mpo"), "both called 'mpo'");
        assertProblem(one(" ", HIGHER_IS_BETTER), "choose a column");
    }

    private static void assertProblem(Score.Params params, String message) {
        assertThatThrownBy(() -> new Score().configure(Map.of("in", Triage.SCHEMA), params))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
