package org.retort.node.chem.standardize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
 * Finds rows whose key (by default the InChIKey written by {@code retort.chem.standardize}) was seen in
 * an earlier record. A barrier, because a duplicate may sit in any chunk; see {@code Deduplicate.md}.
 */
@Component(service = NodeType.class)
@Node(id = "retort.chem.deduplicate", version = "1.0.0", title = "Duplicates by InChIKey", category = "Chemistry",
        tags = {"duplicate", "deduplicate", "inchikey", "standardize"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Rows with a key column, e.g. standardized molecules."),
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "First occurrences (DROP), or every row with a duplicate_of column (FLAG)."))
public final class Deduplicate implements BarrierNode<Deduplicate.Params> {

    /** What happens to a later occurrence. */
    public enum Mode {
        DROP, FLAG
    }

    public record Params(
            @Param(title = "Key column", columnOf = "in", defaultValue = "inchikey", description = "Rows with equal non-empty keys are duplicates.") String key,
            @Param(title = "Duplicates", description = "DROP sends later occurrences to the failure port with 'duplicate of record N'; "
                    + "FLAG keeps them and fills duplicate_of.", defaultValue = "DROP") Mode mode) {
    }

    static final String DUPLICATE_OF = "duplicate_of";

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) {
        Table in = inputs.get("in");
        int key = in.schema().index(params.key());
        Schema out = schema(in.schema(), params);
        var first = new HashMap<Object, Long>();
        var rows = new ArrayList<Row>(in.size());
        long duplicates = 0;
        for (Row row : in.rows()) {
            Object value = row.get(key);
            Long earlier = value == null || value.toString().isEmpty() ? null : first.putIfAbsent(value, row.recordNumber());
            if (earlier != null) {
                duplicates++;
            }
            if (params.mode() == Mode.FLAG) {
                rows.add(row.append(earlier));
            } else {
                rows.add(earlier == null ? row : row.fail("duplicate of record " + earlier));
            }
        }
        context.count("duplicates", duplicates);
        return Map.of("out", new Table(out, rows));
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        if (in.indexOf(params.key()) < 0) {
            throw new IllegalArgumentException("no column '" + params.key() + "' (columns: " + in.names()
                    + "); turn on InChIKey in retort.chem.standardize or choose another key column");
        }
        return Map.of("out", schema(in, params));
    }

    private static Schema schema(Schema in, Params params) {
        return params.mode() == Mode.FLAG ? in.plus(Column.of(DUPLICATE_OF, ColumnType.INTEGER)) : in;
    }
}
