package org.retort.node.table;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Keeps, drops, reorders and renames columns by a list like {@code id, smiles, p_activity as pIC50}; see {@code SelectColumns.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.table.select", version = "1.0.0", title = "Select columns", category = "Table",
        tags = {"select", "columns", "rename", "drop", "reorder", "project", "table"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Rows whose columns to select."),
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "The same rows with the selected columns."))
public final class SelectColumns implements StreamingNode<SelectColumns.Params> {

    /** What the list says. */
    public enum Mode {
        /** Exactly the listed columns, in the listed order; {@code b as c} renames. */
        KEEP,
        /** Every column except the listed ones, in input order. */
        DROP,
        /** Every column in input order; each {@code old as new} renames one. */
        RENAME
    }

    public record Params(
            @Param(title = "Columns", description = "Comma-separated, e.g. 'id, smiles, p_activity as pIC50'; 'old as new' renames.") String columns,
            @Param(title = "Mode", defaultValue = "KEEP", description = "KEEP: exactly these, in this order; "
                    + "DROP: all but these; RENAME: all, renaming the 'old as new' entries.") Mode mode) {
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        Projection projection = Projection.of(chunk.schema(), params.columns(), params.mode());
        return chunk.map(projection.schema(), projection::apply);
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", Projection.of(inputs.get("in"), params.columns(), params.mode()).schema());
    }
}
