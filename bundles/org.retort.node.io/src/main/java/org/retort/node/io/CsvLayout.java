package org.retort.node.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;

/** How the records of one CSV file become rows: the header's names, the SMILES column, each column's type. */
final class CsvLayout {

    private final Schema schema;
    private final int smiles;
    private final char delimiter;
    private final long sampled;

    private CsvLayout(Schema schema, int smiles, char delimiter, long sampled) {
        this.schema = schema;
        this.smiles = smiles;
        this.delimiter = delimiter;
        this.sampled = sampled;
    }

    /**
     * The layout for a header, the chosen SMILES column (blank: detect it by name) and the types seen
     * in a sample of {@code sampled} records ({@code null}: every column is text).
     */
    static CsvLayout of(List<String> header, String smilesColumn, ColumnTypes sample, long sampled, char delimiter) {
        List<String> names = ColumnTypes.unique(header, Set.of());
        int smiles = smilesColumn(names, smilesColumn);
        var columns = new ArrayList<Column>(names.size());
        for (int i = 0; i < names.size(); i++) {
            ColumnType type = i == smiles ? ColumnType.MOLECULE : sample == null ? ColumnType.STRING : sample.type(names.get(i));
            columns.add(Column.of(names.get(i), type));
        }
        return new CsvLayout(new Schema(columns), smiles, delimiter, sampled);
    }

    /** The position of the SMILES column: the one named {@code chosen}, else the first with a usual SMILES header. */
    static int smilesColumn(List<String> names, String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            int i = names.indexOf(chosen.strip());
            if (i < 0) {
                throw new IllegalArgumentException("no column '" + chosen.strip() + "' in the header " + names);
            }
            return i;
        }
        for (int i = 0; i < names.size(); i++) {
            if (SmilesLines.isSmilesHeader(names.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(java.util.Locale.ROOT).contains("smiles")) {
                return i;
            }
        }
        throw new IllegalArgumentException("no SMILES column found in the header " + names
                + ": name it with the parameter smilesColumn");
    }

    Schema schema() {
        return schema;
    }

    char delimiter() {
        return delimiter;
    }

    /** The row for a record; a record that cannot be a row becomes a failed row saying why. */
    Row row(CsvReader.Record record) {
        long line = record.line();
        if (record.failed()) {
            return Chunker.failed(line, schema.size(), record.error());
        }
        List<String> fields = record.fields();
        if (fields.size() != schema.size()) {
            return Chunker.failed(line, schema.size(), "line " + line + ": " + fields.size() + " fields where the header has "
                    + schema.size(), fields.toArray());
        }
        Object[] values = new Object[fields.size()];
        String error = null;
        for (int i = 0; i < values.length; i++) {
            Column column = schema.columns().get(i);
            String field = fields.get(i);
            if (i == smiles) {
                String text = field.strip();
                values[i] = text.isEmpty() ? null : Molecule.smiles(text);
                error = text.isEmpty() && error == null ? "line " + line + ": empty SMILES in column '" + column.name() + "'" : error;
                continue;
            }
            try {
                values[i] = ColumnTypes.convert(column.type(), field);
            } catch (IllegalArgumentException e) {
                error = error != null ? error : "line " + line + ", column '" + column.name() + "': " + e.getMessage()
                        + " (the column was typed " + column.type() + " from the first " + sampled + " records)";
            }
        }
        Row row = Row.of(line, values);
        return error == null ? row : row.fail(error);
    }
}
