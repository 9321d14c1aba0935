package org.retort.node.io;

import java.io.Writer;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/** Writes a table as JSON Lines: one JSON object per row, keys in column order, numbers as numbers. */
@Component(service = NodeType.class)
@Node(id = "retort.io.export-jsonl", version = "1.0.0", title = "Export JSON Lines", category = "Input/Output",
        tags = {"export", "json", "jsonl", "ndjson", "file"},
        inputs = @Port(name = "in", type = PortType.TABLE, description = "Any table; failed rows are not written."))
public final class ExportJsonLines implements SinkNode<ExportJsonLines.Params> {

    public record Params(
            @Param(title = "File", description = "Path of the JSON Lines file to write (.gz: compressed).") String path,
            @Param(title = "Overwrite", description = "Replace the file if it exists.", defaultValue = "false") boolean overwrite,
            @Param(title = "Molecules as", description = "TEXT: cells as they are (SMILES or molblock); SMILES: "
                    + "molfile cells converted to canonical SMILES.", defaultValue = "TEXT") MoleculeAs moleculeAs) {
    }

    @Override
    public ChunkWriter open(Params params, NodeContext context) throws Exception {
        return new FileSinkWriter(params.path(), params.overwrite(), context) {
            private final CdkMolfiles cdk = new CdkMolfiles();
            private final StringBuilder line = new StringBuilder();
            private List<Column> columns;
            private String[] keys;

            @Override
            void start(Table chunk, Writer out) {
                if (columns == null) {
                    columns = chunk.schema().columns();
                    keys = new String[columns.size()];
                    for (int i = 0; i < keys.length; i++) {
                        StringBuilder key = new StringBuilder();
                        Cells.jsonString(key, columns.get(i).name());
                        keys[i] = key.append(':').toString();
                    }
                }
            }

            @Override
            void row(Row row, Writer out) throws Exception {
                line.setLength(0);
                line.append('{');
                for (int i = 0; i < keys.length; i++) {
                    Object value = row.get(i);
                    if (value instanceof Molecule m && params.moleculeAs() == MoleculeAs.SMILES) {
                        value = smiles(m, row);
                    }
                    line.append(i == 0 ? "" : ",").append(keys[i]);
                    Cells.json(line, value, columns.get(i).type());
                }
                line.append("}\n");
                out.append(line);
            }

            private String smiles(Molecule molecule, Row row) {
                try {
                    return cdk.smiles(molecule);
                } catch (Exception e) {
                    context.count("molecules not converted to SMILES", 1);
                    context.warn("record " + row.recordNumber() + ": cannot write the molecule as SMILES, null written: "
                            + e.getMessage());
                    return null;
                }
            }
        };
    }
}
