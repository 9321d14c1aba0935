package org.retort.node.chem.substructure;

import org.retort.node.chem.internal.Structures;
import java.util.ArrayList;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
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

/** Searches each molecule for a SMARTS pattern, records the matched atoms, optionally depicts them, optionally filters. */
@Component(service = NodeType.class)
@Node(id = "retort.chem.substructure", version = "1.0.0", title = "Substructure search", category = "Chemistry",
        tags = {"smarts", "substructure", "filter", "depiction", "svg", "highlight"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Molecules to search."),
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "The kept molecules plus substructure_match, substructure_count, matched_atoms (and depiction_svg)."))
public final class Substructure implements StreamingNode<Substructure.Params> {

    /** Which molecules go to the output. */
    public enum Keep {
        ALL, MATCHING, NONMATCHING
    }

    public record Params(
            @Param(title = "Molecule column", columnOf = "in", defaultValue = "", description = "Empty: the first molecule column.") String column,
            @Param(title = "SMARTS", description = "The substructure query, e.g. c1ccccc1C(=O)[OH].") String smarts,
            @Param(title = "Keep", defaultValue = "ALL",
                    description = "ALL annotates every molecule; MATCHING or NONMATCHING keep only those (the others are counted, not failed).") Keep keep,
            @Param(title = "Depiction", defaultValue = "false", description = "Add depiction_svg: a 2D drawing with the matched atoms highlighted.") boolean depiction,
            @Param(title = "Depiction size", defaultValue = "300", min = 100, max = 2000, advanced = true,
                    description = "Width and height of the SVG in pixels.") int size) {
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        int molecules = Structures.column(chunk.schema(), params.column());
        SubstructureSearch search = SubstructureSearch.compile(params.smarts());
        Table annotated = chunk.map(output(chunk.schema(), params), row -> {
            SubstructureSearch.Result result = search.search(Structures.of(row, molecules));
            Row out = row.append(result.matched(), (long) result.count(), SubstructureSearch.json(result.matches()));
            return params.depiction() ? out.append(Depictions.svg(result.target(), result.matches(), params.size())) : out;
        });
        if (params.keep() == Keep.ALL) {
            return annotated;
        }
        int match = chunk.schema().size();
        var kept = new ArrayList<Row>(annotated.size());
        for (Row row : annotated.rows()) {
            if (row.failed() || (Boolean) row.get(match) == (params.keep() == Keep.MATCHING)) {
                kept.add(row);
            }
        }
        context.count("filtered out", annotated.size() - kept.size());
        return new Table(annotated.schema(), kept);
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        Structures.column(in, params.column());
        SubstructureSearch.compile(params.smarts());
        return Map.of("out", output(in, params));
    }

    static Schema output(Schema in, Params params) {
        Schema out = in.plus(Column.of("substructure_match", ColumnType.BOOLEAN), Column.of("substructure_count", ColumnType.INTEGER),
                Column.of("matched_atoms", ColumnType.JSON));
        return params.depiction() ? out.plus(Column.of("depiction_svg", ColumnType.STRING)) : out;
    }
}
