package org.retort.engine.internal.trigger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/** Emits the lines of the file at {@code path} as rows (n, line); fails the run on a line "boom". */
@Node(id = "test.lines", version = "1.0.0", title = "Lines", category = "Test",
        outputs = @Port(name = "out", type = PortType.TABLE))
public final class LinesSource implements SourceNode<LinesSource.Params> {

    static final Schema SCHEMA = Schema.of(Column.of("n", ColumnType.INTEGER), Column.of("line", ColumnType.STRING));

    public record Params(@Param(title = "Path") String path) {
    }

    @Override
    public void produce(Params params, Emitter out, NodeContext context) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(params.path()));
        var rows = new ArrayList<Row>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("boom")) {
                throw new IllegalArgumentException("line " + (i + 1) + " is boom");
            }
            rows.add(Row.of(i + 1, (long) i + 1, lines.get(i)));
        }
        out.emit(new Table(SCHEMA, rows));
    }
}
