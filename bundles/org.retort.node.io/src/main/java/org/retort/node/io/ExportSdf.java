package org.retort.node.io;

import java.io.Writer;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/** Writes molecules as an SD file: a molblock per row, every other column as a data item. */
@Component(service = NodeType.class)
@Node(id = "retort.io.export-sdf", version = "1.0.0", title = "Export SDF", category = "Input/Output",
        tags = {"export", "sdf", "sd", "molfile", "v3000", "file"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Molecules; failed rows are not written."))
public final class ExportSdf implements SinkNode<ExportSdf.Params> {

    /** The molfile version of molblocks made from SMILES. */
    public enum Version { V2000, V3000 }

    public record Params(
            @Param(title = "File", description = "Path of the SD file to write (.gz: compressed).") String path,
            @Param(title = "Overwrite", description = "Replace the file if it exists.", defaultValue = "false") boolean overwrite,
            @Param(title = "Molecule column", description = "Empty: the first molecule column.", columnOf = "in",
                    defaultValue = "") String column,
            @Param(title = "Title column", description = "Written as each molblock's title line, not as a data item; "
                    + "empty or absent: titles are kept as they are.", defaultValue = "name") String titleColumn,
            @Param(title = "Molfile version", description = "For molblocks made from SMILES (2D coordinates); molfile "
                    + "cells are written as they are.", defaultValue = "V2000") Version version) {
    }

    @Override
    public ChunkWriter open(Params params, NodeContext context) throws Exception {
        return new FileSinkWriter(params.path(), params.overwrite(), context) {
            private final CdkMolfiles cdk = new CdkMolfiles();
            private Schema schema;
            private int molecule;
            private int title;

            @Override
            void start(Table chunk, Writer out) {
                if (schema == null) {
                    schema = chunk.schema();
                    molecule = moleculeColumn(schema, params.column());
                    title = params.titleColumn().isBlank() ? -1 : schema.indexOf(params.titleColumn().strip());
                }
            }

            @Override
            void row(Row row, Writer out) throws Exception {
                String name = title < 0 ? null : Cells.text(row.get(title));
                out.write(molblock(row.molecule(molecule), name, row.recordNumber()));
                for (int i = 0; i < schema.size(); i++) {
                    if (i != molecule && i != title) {
                        item(out, schema.columns().get(i), row.get(i));
                    }
                }
                out.write("$$$$\n");
            }

            private String molblock(Molecule mol, String name, long record) throws Exception {
                try {
                    if (mol == null) {
                        throw new IllegalArgumentException("no molecule");
                    }
                    return cdk.molblock(mol, name, params.version() == Version.V3000);
                } catch (Exception e) {
                    context.count("molecules written without atoms", 1);
                    context.warn("record " + record + ": " + e.getMessage() + "; written as a molblock without atoms");
                    return cdk.empty(name);
                }
            }
        };
    }

    /** The position of the molecule column: the one named, else the first of type MOLECULE. */
    static int moleculeColumn(Schema schema, String name) {
        if (name != null && !name.isBlank()) {
            int i = schema.index(name.strip());
            if (schema.columns().get(i).type() != ColumnType.MOLECULE) {
                throw new IllegalArgumentException("column '" + name + "' does not hold molecules");
            }
            return i;
        }
        for (int i = 0; i < schema.size(); i++) {
            if (schema.columns().get(i).type() == ColumnType.MOLECULE) {
                return i;
            }
        }
        throw new IllegalArgumentException("no molecule column in " + schema.names());
    }

    /** Writes one data item; null cells and molblocks of other molecule columns are left out, blank value lines dropped. */
    static void item(Writer out, Column column, Object value) throws java.io.IOException {
        if (value == null || value instanceof Molecule m && m.format() == Molecule.Format.MOLFILE) {
            return;
        }
        out.write(">  <" + column.name() + ">\n");
        for (String line : Cells.text(value).split("\\R")) {
            if (!line.isBlank()) {
                out.write(line);
                out.write('\n');
            }
        }
        out.write('\n');
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        if (in != null) {
            moleculeColumn(in, params.column());
        }
        return Map.of();
    }
}
