package org.retort.example.plugin;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Adds the length of each molecule's SMILES; marks molecules with overlong SMILES as failed. */
@Component(service = NodeType.class)
@org.retort.api.node.Node(id = "example.smiles-length", version = "1.0.0", title = "SMILES length", category = "Examples",
        tags = {"smiles", "count"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Molecules as SMILES."),
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "The input plus a count column."))
public final class SmilesLength implements StreamingNode<SmilesLength.Params> {

    public record Params(
            @Param(title = "Molecule column", columnOf = "in", defaultValue = "smiles") String column,
            @Param(title = "Result column", defaultValue = "smiles_length", pattern = "[a-z_]+") String result,
            @Param(title = "Fail above", description = "Mark molecules with longer SMILES as failed.",
                    defaultValue = "200", min = 1, advanced = true) int limit) {
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        int smiles = chunk.schema().index(params.column());
        Schema out = chunk.schema().plus(Column.of(params.result(), ColumnType.INTEGER));
        return chunk.map(out, row -> {
            long length = row.string(smiles).length();
            if (length > params.limit()) {
                throw new IllegalArgumentException("SMILES of " + length + " characters, more than " + params.limit());
            }
            return row.append(length);
        });
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        if (in.column(params.column()).map(c -> c.type() != ColumnType.MOLECULE).orElse(false)) {
            throw new IllegalArgumentException("column '" + params.column() + "' does not hold molecules");
        }
        return Map.of("out", in.plus(Column.of(params.result(), ColumnType.INTEGER)));
    }
}
