package org.retort.node.io;

import java.io.Writer;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
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

/** Writes a table as CSV (RFC 4180, UTF-8, {@code \n} line ends), guarded against spreadsheet formula injection. */
@Component(service = NodeType.class)
@Node(id = "retort.io.export-csv", version = "1.0.0", title = "Export CSV", category = "Input/Output",
        tags = {"export", "csv", "tsv", "file"},
        inputs = @Port(name = "in", type = PortType.TABLE, description = "Any table; failed rows are not written."))
public final class ExportCsv implements SinkNode<ExportCsv.Params> {

    /** The field delimiter. */
    public enum Delimiter {
        COMMA(','), TAB('\t'), SEMICOLON(';');

        final char character;

        Delimiter(char character) {
            this.character = character;
        }
    }

    public record Params(
            @Param(title = "File", description = "Path of the CSV file to write (.gz: compressed).") String path,
            @Param(title = "Overwrite", description = "Replace the file if it exists.", defaultValue = "false") boolean overwrite,
            @Param(title = "Molecules as", description = "SMILES: molfile cells are converted to canonical SMILES; "
                    + "TEXT: cells are written as they are.", defaultValue = "SMILES") MoleculeAs moleculeAs,
            @Param(title = "Delimiter", defaultValue = "COMMA") Delimiter delimiter,
            @Param(title = "Guard formulas", description = "Prefix text starting with = + - @ TAB CR with ' so "
                    + "spreadsheets do not run it.", defaultValue = "true", advanced = true) boolean guardFormulas) {
    }

    @Override
    public ChunkWriter open(Params params, NodeContext context) throws Exception {
        return new FileSinkWriter(params.path(), params.overwrite(), context) {
            private final CdkMolfiles cdk = new CdkMolfiles();
            private final char delimiter = params.delimiter().character;
            private List<Column> columns;

            @Override
            void start(Table chunk, Writer out) throws Exception {
                if (columns == null) {
                    columns = chunk.schema().columns();
                    line(out, columns.stream().map(c -> field(c.name(), ColumnType.STRING)).toList());
                }
            }

            @Override
            void row(Row row, Writer out) throws Exception {
                var fields = new java.util.ArrayList<String>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    ColumnType type = columns.get(i).type();
                    Object value = row.get(i);
                    fields.add(field(value instanceof Molecule m ? molecule(m, row) : Cells.text(value), type));
                }
                line(out, fields);
            }

            private String molecule(Molecule molecule, Row row) {
                if (params.moleculeAs() == MoleculeAs.TEXT) {
                    return molecule.text();
                }
                try {
                    return cdk.smiles(molecule);
                } catch (Exception e) {
                    context.count("molecules not converted to SMILES", 1);
                    context.warn("record " + row.recordNumber() + ": cannot write the molecule as SMILES, cell left empty: "
                            + e.getMessage());
                    return null;
                }
            }

            private String field(String text, ColumnType type) {
                boolean number = type == ColumnType.INTEGER || type == ColumnType.DOUBLE || type == ColumnType.BOOLEAN;
                String safe = text == null || number || !params.guardFormulas() ? text : Cells.guard(text);
                return Cells.csv(safe, delimiter);
            }

            private void line(Writer out, List<String> fields) throws java.io.IOException {
                boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
                out.write(blank ? "\"\"" : String.join(String.valueOf(delimiter), fields));
                out.write('\n');
            }
        };
    }
}
