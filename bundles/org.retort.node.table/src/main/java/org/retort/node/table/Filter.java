package org.retort.node.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Keeps the rows that satisfy up to three conditions; the others are dropped and counted. See {@code Filter.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.table.filter", version = "1.0.0", title = "Filter rows", category = "Table",
        tags = {"filter", "where", "condition", "select rows", "threshold", "table"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Rows to filter."),
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "The rows that satisfy the conditions."))
public final class Filter implements StreamingNode<Filter.Params> {

    /** The counter of rows that did not satisfy the conditions. */
    static final String FILTERED_OUT = "filtered out";

    /** How the conditions combine. */
    public enum Combine {
        AND, OR
    }

    public record Params(
            @Param(title = "Column", columnOf = "in") String column1,
            @Param(title = "Operator") Operator operator1,
            @Param(title = "Value", defaultValue = "", description = "A number, true/false or text, depending on the column.") String value1,
            @Param(title = "Combine", defaultValue = "AND", description = "AND: every condition must hold; OR: at least one.") Combine combine,
            @Param(title = "Column 2", columnOf = "in", defaultValue = "", description = "Empty: no second condition.") String column2,
            @Param(title = "Operator 2", defaultValue = "EQUAL") Operator operator2,
            @Param(title = "Value 2", defaultValue = "") String value2,
            @Param(title = "Column 3", columnOf = "in", defaultValue = "", description = "Empty: no third condition.") String column3,
            @Param(title = "Operator 3", defaultValue = "EQUAL") Operator operator3,
            @Param(title = "Value 3", defaultValue = "") String value3) {

        /** The conditions in use, in order; fails when none is given or one has a value but no column. */
        List<Condition> conditions() {
            if (column1 == null || column1.isBlank()) {
                throw new IllegalArgumentException("condition 1: choose a column");
            }
            var conditions = new ArrayList<Condition>();
            add(conditions, 1, column1, operator1, value1);
            add(conditions, 2, column2, operator2, value2);
            add(conditions, 3, column3, operator3, value3);
            return conditions;
        }

        private static void add(List<Condition> to, int number, String column, Operator operator, String value) {
            if (!column.isBlank()) {
                to.add(new Condition(number, column, operator, value));
            } else if (!value.isBlank()) {
                throw new IllegalArgumentException("condition " + number + " has the value '" + value + "' but no column");
            }
        }
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        Predicate<Row> keep = predicate(chunk.schema(), params);
        var rows = new ArrayList<Row>(chunk.size());
        long dropped = 0;
        for (Row row : chunk.rows()) {
            if (row.failed() || keep.test(row)) {
                rows.add(row);
            } else {
                dropped++;
            }
        }
        context.count(FILTERED_OUT, dropped);
        return new Table(chunk.schema(), rows);
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        predicate(in, params);
        return Map.of("out", in);
    }

    private static Predicate<Row> predicate(Schema schema, Params params) {
        Predicate<Row> result = null;
        for (Condition condition : params.conditions()) {
            Predicate<Row> test = condition.compile(schema);
            result = result == null ? test : params.combine() == Combine.AND ? result.and(test) : result.or(test);
        }
        return result;
    }
}
