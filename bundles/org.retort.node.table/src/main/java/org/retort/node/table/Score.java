package org.retort.node.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

/**
 * A weighted mean of linear min-max desirabilities of up to four columns, and the rank it gives — a
 * simplified form of Derringer and Suich's desirability functions. See {@code Score.md}.
 */
@Component(service = NodeType.class)
@Node(id = "retort.table.score", version = "1.0.0", title = "Desirability score", category = "Table",
        tags = {"score", "rank", "desirability", "mpo", "multi-parameter", "prioritize", "triage", "table"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Rows to score, e.g. compounds with potency and efficiency."),
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "The input plus a score (0 to 1) and a rank (1 = best)."))
public final class Score implements BarrierNode<Score.Params> {

    /** Which end of a column is desirable. */
    public enum Direction {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    public record Params(
            @Param(title = "Column", columnOf = "in", description = "A number or boolean column (true counts as 1).") String column1,
            @Param(title = "Weight", defaultValue = "1", min = 0) double weight1,
            @Param(title = "Direction", defaultValue = "HIGHER_IS_BETTER") Direction direction1,
            @Param(title = "Column 2", columnOf = "in", defaultValue = "", description = "Empty: not used.") String column2,
            @Param(title = "Weight 2", defaultValue = "1", min = 0) double weight2,
            @Param(title = "Direction 2", defaultValue = "HIGHER_IS_BETTER") Direction direction2,
            @Param(title = "Column 3", columnOf = "in", defaultValue = "", description = "Empty: not used.") String column3,
            @Param(title = "Weight 3", defaultValue = "1", min = 0) double weight3,
            @Param(title = "Direction 3", defaultValue = "HIGHER_IS_BETTER") Direction direction3,
            @Param(title = "Column 4", columnOf = "in", defaultValue = "", description = "Empty: not used.") String column4,
            @Param(title = "Weight 4", defaultValue = "1", min = 0) double weight4,
            @Param(title = "Direction 4", defaultValue = "HIGHER_IS_BETTER") Direction direction4,
            @Param(title = "Score column", defaultValue = "score", advanced = true) String scoreColumn,
            @Param(title = "Rank column", defaultValue = "rank", advanced = true) String rankColumn) {

        /** The criteria in use, in order. */
        List<Criterion> criteria() {
            if (column1 == null || column1.isBlank()) {
                throw new IllegalArgumentException("score: choose a column to score");
            }
            var criteria = new ArrayList<Criterion>();
            criteria.add(new Criterion(column1, weight1, direction1));
            for (var c : List.of(new Criterion(column2, weight2, direction2), new Criterion(column3, weight3, direction3),
                    new Criterion(column4, weight4, direction4))) {
                if (!c.column().isBlank()) {
                    criteria.add(c);
                }
            }
            return criteria;
        }
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        Table in = inputs.get("in");
        if (in.size() == 0 && in.schema().size() == 0) {
            return Map.of("out", in); // an input that received no chunk at all arrives without columns
        }
        context.throwIfCancelled();
        List<Criterion> criteria = params.criteria();
        Schema out = schema(in.schema(), params, criteria);
        List<Row> good = in.goodRows();
        double[] scores = scores(in.schema(), good, criteria, context);
        long[] ranks = ranks(scores);
        var rows = new ArrayList<Row>(in.size());
        for (int i = 0; i < scores.length; i++) {
            rows.add(good.get(i).append(scores[i], ranks[i]));
        }
        rows.addAll(in.failedRows());
        return Map.of("out", new Table(out, rows));
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", schema(inputs.get("in"), params, params.criteria()));
    }

    private static Schema schema(Schema in, Params params, List<Criterion> criteria) {
        var seen = new HashSet<String>();
        double weights = 0;
        for (Criterion criterion : criteria) {
            criterion.check(in);
            if (!seen.add(criterion.column())) {
                throw new IllegalArgumentException("score: column '" + criterion.column() + "' is listed twice; use it once with the summed weight");
            }
            weights += criterion.weight();
        }
        if (weights <= 0) {
            throw new IllegalArgumentException("score: every weight is 0; give at least one column a weight above 0");
        }
        for (String name : List.of(params.scoreColumn(), params.rankColumn())) {
            if (name.isBlank() || in.indexOf(name) >= 0) {
                throw new IllegalArgumentException("score: the output column '" + name + "' "
                        + (name.isBlank() ? "needs a name" : "is already in the input; choose another name"));
            }
        }
        if (params.scoreColumn().equals(params.rankColumn())) {
            throw new IllegalArgumentException("score: the score and rank columns are both called '" + params.scoreColumn() + "'");
        }
        return in.plus(Column.of(params.scoreColumn(), ColumnType.DOUBLE), Column.of(params.rankColumn(), ColumnType.INTEGER));
    }

    /** The weighted mean desirability of each row, rounded to 12 decimals so that equal scores tie exactly. */
    static double[] scores(Schema schema, List<Row> rows, List<Criterion> criteria, NodeContext context) {
        double[] sums = new double[rows.size()];
        double weights = 0;
        for (Criterion criterion : criteria) {
            double[] d = criterion.desirabilities(schema, rows, context);
            for (int i = 0; i < d.length; i++) {
                sums[i] += criterion.weight() * d[i];
            }
            weights += criterion.weight();
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Math.round(sums[i] / weights * 1e12) / 1e12;
        }
        return sums;
    }

    /** Competition ranks by descending score: 1 for the best, equal scores share a rank, the next rank skips (1, 2, 2, 4). */
    static long[] ranks(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        long[] ranks = new long[scores.length];
        for (int position = 0; position < order.length; position++) {
            int i = order[position];
            boolean tie = position > 0 && scores[order[position - 1]] == scores[i];
            ranks[i] = tie ? ranks[order[position - 1]] : position + 1;
        }
        return ranks;
    }
}
