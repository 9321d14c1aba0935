package org.retort.node.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Schema;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SourceNode;

/** Imports an SD file (V2000 and V3000, optionally gzipped): the molblock, the title and every data item. */
@Component(service = NodeType.class)
@Node(id = "retort.io.import-sdf", version = "1.0.0", title = "Import SDF", category = "Input/Output",
        tags = {"import", "sdf", "sd", "mol", "molfile", "v3000", "file"},
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "One row per record: molecule (the molblock), name (the title line), one column per data item."))
public final class ImportSdf implements SourceNode<ImportSdf.Params> {

    /** Files up to this size are read by {@link #configure} to tell the editor their columns. */
    private static final long CONFIGURE_LIMIT = 32L << 20;

    public record Params(
            @Param(title = "File", description = "Path of the SD file (.sdf, .sdf.gz, .mol).") String path,
            @Param(title = "Detect numbers", description = "Type a data item INTEGER or DOUBLE when every value "
                    + "in the file is a number; otherwise every item is text.", defaultValue = "true") boolean detectNumbers,
            @Param(title = "Longest record", description = "Longer records (in characters) become failed rows.",
                    defaultValue = "10000000", min = 1000, advanced = true) int maxRecordLength) {
    }

    @Override
    public void produce(Params params, Emitter out, NodeContext context) throws Exception {
        TextSource source = TextSource.inspect(Path.of(params.path()));
        source.report(context);
        SdfLayout layout = layout(source, params, context);
        Chunker chunks = new Chunker(layout.schema(), out, context);
        try (LineReader lines = new LineReader(source.open(), params.maxRecordLength())) {
            SdfReader records = new SdfReader(lines, true);
            for (SdfReader.Record record = records.next(); record != null; record = records.next()) {
                chunks.add(layout.row(record));
            }
        }
        chunks.flush();
    }

    /** The first, fast pass: the union of the data item names and their types. */
    static SdfLayout layout(TextSource source, Params params, NodeContext context) throws IOException {
        ColumnTypes items = new ColumnTypes();
        try (LineReader lines = new LineReader(source.open(), params.maxRecordLength())) {
            SdfReader records = new SdfReader(lines, false);
            for (SdfReader.Record record = records.next(); record != null; record = records.next()) {
                SdfLayout.observe(record, items);
                if (context != null && record.number() % 10_000 == 0) {
                    context.throwIfCancelled();
                }
            }
        }
        return new SdfLayout(items, params.detectNumbers());
    }

    @Override
    public String fingerprint(Params params) throws Exception {
        return Chunker.fingerprint(params.path());
    }

    /** Tells the columns of files up to 32 MB (a pass over the file); of larger ones, nothing. */
    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        try {
            Path path = Path.of(params.path());
            if (Files.size(path) > CONFIGURE_LIMIT) {
                return Map.of();
            }
            return Map.of("out", layout(TextSource.inspect(path), params, null).schema());
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
