package org.retort.node.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

/**
 * The settings a search tried with their cross-validated metrics, ranked: the {@code trials} table of Search.
 * Columns: {@code trial}, {@code rank}, {@code setting}, one per hyperparameter, {@code <metric>_mean} and
 * {@code <metric>_sd} for every metric of the task, and {@code provenance} (the trainer's Tribuo provenance).
 */
final class Trials {

    /** One setting tried. */
    private record Trial(Map<String, String> setting, Map<String, Double> mean, Map<String, Double> sd, String provenance) {
    }

    private final SearchSpace space;
    private final Task task;
    private final String rankBy;
    private final List<Trial> trials = new ArrayList<>();

    Trials(SearchSpace space, Task task, String rankBy) {
        this.space = space;
        this.task = task;
        this.rankBy = rankBy;
    }

    void add(Map<String, String> setting, Map<String, Double> mean, Map<String, Double> sd, String provenance) {
        trials.add(new Trial(setting, mean, sd, provenance));
    }

    static Schema schema(SearchSpace space, Task task) {
        var columns = new ArrayList<Column>(List.of(Column.of("trial", ColumnType.INTEGER), Column.of("rank", ColumnType.INTEGER),
                Column.of("setting", ColumnType.STRING)));
        space.values().keySet().forEach(name -> columns.add(Column.of(name, ColumnType.STRING)));
        for (String metric : Metrics.names(task)) {
            columns.add(Column.of(metric + "_mean", ColumnType.DOUBLE));
            columns.add(Column.of(metric + "_sd", ColumnType.DOUBLE));
        }
        columns.add(Column.of("provenance", ColumnType.JSON));
        return new Schema(columns);
    }

    /** Trial indexes best first: by the mean of the ranking metric (NaN last), ties in the order tried. */
    private Integer[] order() {
        Integer[] order = new Integer[trials.size()];
        Arrays.setAll(order, i -> i);
        int sign = Metrics.lowerIsBetter(rankBy) ? 1 : -1;
        Comparator<Integer> byScore = Comparator.comparingDouble(i -> {
            double v = trials.get(i).mean().getOrDefault(rankBy, Double.NaN);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : sign * v;
        });
        Arrays.sort(order, byScore);
        return order;
    }

    /** The best setting. */
    Map<String, String> best() {
        return trials.get(order()[0]).setting();
    }

    Table table() {
        Integer[] order = order();
        int[] rank = new int[trials.size()];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r + 1;
        }
        var rows = new ArrayList<Row>();
        for (int i = 0; i < trials.size(); i++) {
            Trial t = trials.get(i);
            var values = new ArrayList<Object>(List.of((long) i + 1, (long) rank[i], SearchSpace.describe(t.setting())));
            space.values().keySet().forEach(name -> values.add(t.setting().get(name)));
            for (String metric : Metrics.names(task)) {
                values.add(finite(t.mean().get(metric)));
                values.add(finite(t.sd().get(metric)));
            }
            values.add(t.provenance());
            rows.add(new Row(i + 1, values, null));
        }
        return new Table(schema(space, task), rows);
    }

    private static Double finite(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
