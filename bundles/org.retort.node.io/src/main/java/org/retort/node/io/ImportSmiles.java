package org.retort.node.io;

import java.nio.file.Path;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/** Imports a SMILES file (.smi, optionally gzipped): one row per line, the SMILES and the name. */
@Component(service = NodeType.class)
@Node(id = "retort.io.import-smiles", version = "1.0.0", title = "Import SMILES", category = "Input/Output",
        tags = {"import", "smiles", "smi", "file"},
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "One row per line: smiles, name."))
public final class ImportSmiles implements SourceNode<ImportSmiles.Params> {

    static final Schema SCHEMA = Schema.of(Column.of("smiles", ColumnType.MOLECULE), Column.of("name", ColumnType.STRING));

    /** Whether the first line is a header. */
    public enum Header { AUTO, YES, NO }

    public record Params(
            @Param(title = "File", description = "Path of the SMILES file (.smi, .smi.gz).") String path,
            @Param(title = "Header line", description = "AUTO: the first line is a header when its first field is "
                    + "a SMILES column name such as SMILES or canonical_smiles.", defaultValue = "AUTO") Header header,
            @Param(title = "Longest line", description = "Longer lines (in characters) become failed rows.",
                    defaultValue = "10000000", min = 1000, advanced = true) int maxRecordLength) {
    }

    @Override
    public void produce(Params params, Emitter out, NodeContext context) throws Exception {
        TextSource source = TextSource.inspect(Path.of(params.path()));
        source.report(context);
        Chunker chunks = new Chunker(SCHEMA, out, context);
        boolean first = true;
        try (LineReader lines = new LineReader(source.open(), params.maxRecordLength())) {
            while (lines.next()) {
                long number = lines.number();
                if (lines.overlong()) {
                    chunks.add(Chunker.failed(number, 2, "line " + number + " has " + lines.length()
                            + " characters, more than " + lines.maxLength() + ": not read"));
                    first = false;
                    continue;
                }
                String text = lines.text();
                if (text.isBlank()) {
                    continue;
                }
                boolean header = first && (params.header() == Header.YES
                        || params.header() == Header.AUTO && SmilesLines.looksLikeHeader(text));
                first = false;
                if (header) {
                    continue;
                }
                chunks.add(row(number, SmilesLines.parse(text)));
            }
        }
        chunks.flush();
    }

    private static Row row(long number, SmilesLines.Line line) {
        if (line.failed()) {
            return Chunker.failed(number, 2, "line " + number + ": " + line.error(), null, line.name());
        }
        return Row.of(number, Molecule.smiles(line.smiles()), line.name());
    }

    @Override
    public String fingerprint(Params params) throws Exception {
        return Chunker.fingerprint(params.path());
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        return Map.of("out", SCHEMA);
    }
}
