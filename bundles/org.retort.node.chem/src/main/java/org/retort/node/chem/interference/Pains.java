package org.retort.node.chem.interference;

import org.retort.node.chem.internal.Structures;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Flags pan-assay interference compounds with the 480 published PAINS alerts (families A, B, C). */
@Component(service = NodeType.class)
@Node(id = "retort.chem.pains", version = "1.0.0", title = "PAINS alerts", category = "Chemistry",
        tags = {"pains", "assay interference", "alerts", "filter", "smarts"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Molecules to check."),
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "The input plus pains_alerts, pains_families, pains_names and pains_pass."))
public final class Pains implements StreamingNode<Pains.Params> {

    static final List<Column> COLUMNS = List.of(
            Column.of("pains_alerts", ColumnType.INTEGER),
            Column.of("pains_families", ColumnType.STRING),
            Column.of("pains_names", ColumnType.STRING),
            Column.of("pains_pass", ColumnType.BOOLEAN));

    public record Params(
            @Param(title = "Molecule column", columnOf = "in", defaultValue = "",
                    description = "Empty: the first molecule column.") String column,
            @Param(title = "Family A", description = "The 16 alerts that hit at least 150 compounds.",
                    defaultValue = "true") boolean familyA,
            @Param(title = "Family B", description = "The 55 alerts that hit 15 to 149 compounds.",
                    defaultValue = "true") boolean familyB,
            @Param(title = "Family C", description = "The 409 alerts that hit fewer than 15 compounds.",
                    defaultValue = "true") boolean familyC) {

        Set<PainsFamily> families() {
            Set<PainsFamily> families = EnumSet.noneOf(PainsFamily.class);
            if (familyA) {
                families.add(PainsFamily.A);
            }
            if (familyB) {
                families.add(PainsFamily.B);
            }
            if (familyC) {
                families.add(PainsFamily.C);
            }
            if (families.isEmpty()) {
                throw new IllegalArgumentException("choose at least one PAINS family");
            }
            return families;
        }
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        int molecules = Structures.column(chunk.schema(), params.column());
        Set<PainsFamily> families = params.families();
        Schema out = chunk.schema().plus(COLUMNS.toArray(Column[]::new));
        return chunk.map(out, row -> {
            List<PainsAlert> hits = PainsMatcher.hits(Structures.of(row, molecules), families);
            String familyNames = hits.stream().map(a -> a.family().name()).distinct().sorted().collect(Collectors.joining(";"));
            String alertNames = hits.stream().map(PainsAlert::name).collect(Collectors.joining(";"));
            return row.append((long) hits.size(), familyNames, alertNames, hits.isEmpty());
        });
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        Structures.column(in, params.column());
        params.families();
        return Map.of("out", in.plus(COLUMNS.toArray(Column[]::new)));
    }
}
