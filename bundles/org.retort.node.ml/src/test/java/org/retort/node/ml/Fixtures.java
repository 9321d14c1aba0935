package org.retort.node.ml;

import org.retort.api.testing.RecordingContext;
import java.util.Map;
import org.retort.api.data.Table;

/** Parameters and calls shared by the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Evaluate.Params evaluate(Task task, Algorithm algorithm, Evaluate.Validation validation, String threshold, int trees) {
        return new Evaluate.Params(task, "p_ic50", "", Chembl.PREFIX, algorithm, MissingValues.FAIL_ROW, threshold, "", trees, 0, 42,
                validation, 0.2, 5);
    }

    static Train.Params train(Task task, Algorithm algorithm, String threshold, int trees) {
        return new Train.Params(task, "p_ic50", "", Chembl.PREFIX, algorithm, MissingValues.FAIL_ROW, threshold, "", trees, 0, 42);
    }

    static Map<String, Table> evaluate(Table table, Evaluate.Params params, RecordingContext context) {
        return new Evaluate().process(Map.of("in", table), params, context);
    }

    /** The metric {@code metric} of set {@code set} in a metrics table. */
    static double metric(Table metrics, String set, String metric) {
        return metrics.rows().stream().filter(r -> r.get(0).equals(set) && r.get(1).equals(metric))
                .mapToDouble(r -> r.number(2)).findFirst().orElseThrow(() -> new AssertionError("no " + set + " " + metric));
    }
}
