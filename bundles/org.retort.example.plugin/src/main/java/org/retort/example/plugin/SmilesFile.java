package org.retort.example.plugin;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/**
 * Reads a SMILES file: one molecule per line, the SMILES, then optionally white space and a name.
 * Kept deliberately small for the plugin guide; Retort's real importers live in the I/O plugin.
 */
@Component(service = NodeType.class)
@org.retort.api.node.Node(id = "example.smiles-file", version = "1.0.0", title = "SMILES file (example)", category = "Examples",
        tags = {"smiles", "import"},
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "One row per line: smiles, name."))
public final class SmilesFile implements SourceNode<SmilesFile.Params> {

    static final Schema SCHEMA = Schema.of(Column.of("smiles", ColumnType.MOLECULE), Column.of("name", ColumnType.STRING));

    public record Params(@Param(title = "File", description = "Path of the .smi file.") String path) {
    }

    @Override
    public void produce(Params params, Emitter out, NodeContext context) throws Exception {
        List<Row> rows = new ArrayList<>();
        long record = 0;
        try (BufferedReader reader = Files.newBufferedReader(Path.of(params.path()), StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                record++;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+", 2);
                rows.add(Row.of(record, Molecule.smiles(parts[0]), parts.length > 1 ? parts[1] : ""));
                if (rows.size() == context.chunkSize()) {
                    context.throwIfCancelled();
                    out.emit(new Table(SCHEMA, rows));
                    rows = new ArrayList<>();
                }
            }
        }
        if (!rows.isEmpty()) {
            out.emit(new Table(SCHEMA, rows));
        }
    }

    @Override
    public String fingerprint(Params params) throws Exception {
        Path path = Path.of(params.path());
        return Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", SCHEMA);
    }
}
