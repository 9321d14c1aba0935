package org.retort.node.io;

import java.io.IOException;
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

/** Imports a CSV or TSV file with a header and a SMILES column; every other column is kept. */
@Component(service = NodeType.class)
@Node(id = "retort.io.import-csv", version = "1.0.0", title = "Import CSV/TSV", category = "Input/Output",
        tags = {"import", "csv", "tsv", "smiles", "file"},
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "One row per record: the header's columns, the SMILES column as molecules."))
public final class ImportCsv implements SourceNode<ImportCsv.Params> {

    /** The field delimiter. */
    public enum Delimiter {
        AUTO((char) 0), COMMA(','), TAB('\t'), SEMICOLON(';'), PIPE('|');

        final char character;

        Delimiter(char character) {
            this.character = character;
        }
    }

    public record Params(
            @Param(title = "File", description = "Path of the CSV or TSV file (optionally gzipped).") String path,
            @Param(title = "SMILES column", description = "Empty: the first column named like smiles, SMILES, "
                    + "canonical_smiles, isomeric_smiles…", defaultValue = "") String smilesColumn,
            @Param(title = "Delimiter", description = "AUTO: the most frequent of comma, tab, semicolon and pipe "
                    + "in the header line.", defaultValue = "AUTO") Delimiter delimiter,
            @Param(title = "Detect numbers", description = "Type a column INTEGER or DOUBLE when every value of "
                    + "the sample is a number; otherwise every column is text.", defaultValue = "true") boolean detectNumbers,
            @Param(title = "Type sample", description = "Records read to decide the column types; 0 reads the "
                    + "whole file first.", defaultValue = "1000", min = 0, advanced = true) int typeSample,
            @Param(title = "Longest record", description = "Longer lines or records (in characters) become failed rows.",
                    defaultValue = "10000000", min = 1000, advanced = true) int maxRecordLength) {
    }

    @Override
    public void produce(Params params, Emitter out, NodeContext context) throws Exception {
        TextSource source = TextSource.inspect(Path.of(params.path()));
        source.report(context);
        CsvLayout layout = layout(source, params);
        if (layout == null) {
            context.info(params.path() + " is empty");
            return;
        }
        Chunker chunks = new Chunker(layout.schema(), out, context);
        try (LineReader lines = new LineReader(source.open(), params.maxRecordLength())) {
            CsvReader records = new CsvReader(lines, layout.delimiter());
            records.next();
            for (CsvReader.Record record = records.next(); record != null; record = records.next()) {
                chunks.add(layout.row(record));
            }
        }
        chunks.flush();
    }

    /** Reads the header and the type sample; {@code null} for a file without any record. */
    static CsvLayout layout(TextSource source, Params params) throws IOException {
        try (LineReader lines = new LineReader(source.open(), params.maxRecordLength())) {
            CsvReader records = new CsvReader(lines, params.delimiter().character);
            CsvReader.Record header = records.next();
            if (header == null) {
                return null;
            }
            if (header.failed()) {
                throw new IOException("cannot read the header of " + source.path().getFileName() + ": " + header.error());
            }
            ColumnTypes types = new ColumnTypes();
            var names = ColumnTypes.unique(header.fields(), java.util.Set.of());
            long sampled = 0;
            while (params.detectNumbers() && (params.typeSample() == 0 || sampled < params.typeSample())) {
                CsvReader.Record record = records.next();
                if (record == null) {
                    break;
                }
                sampled++;
                for (int i = 0; !record.failed() && record.fields().size() == names.size() && i < names.size(); i++) {
                    types.observe(names.get(i), record.fields().get(i));
                }
            }
            return CsvLayout.of(header.fields(), params.smilesColumn(), params.detectNumbers() ? types : null, sampled,
                    records.delimiter());
        }
    }

    @Override
    public String fingerprint(Params params) throws Exception {
        return Chunker.fingerprint(params.path());
    }

    /** Reads the header and the type sample of the file when it can be read; a missing SMILES column is an error. */
    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        try {
            CsvLayout layout = layout(TextSource.inspect(Path.of(params.path())), params);
            return layout == null ? Map.of() : Map.of("out", layout.schema());
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException && !(e instanceof java.nio.file.InvalidPathException)) {
                throw (IllegalArgumentException) e;
            }
            return Map.of();
        }
    }
}
