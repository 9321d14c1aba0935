package org.retort.node.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;

/**
 * How the records of one SD file become rows: {@code molecule}, {@code name} (the title line), then one
 * column per data item name found anywhere in the file, in order of first appearance.
 */
final class SdfLayout {

    static final String MOLECULE = "molecule";
    static final String TITLE = "name";

    private final Schema schema;
    private final Map<String, Integer> positions = new HashMap<>();

    /** The layout for the data item names and types of a first pass ({@code typed}: numbers as INTEGER/DOUBLE). */
    SdfLayout(ColumnTypes items, boolean typed) {
        List<String> names = items.names();
        List<String> columns = ColumnTypes.unique(names, Set.of(MOLECULE, TITLE));
        var all = new ArrayList<Column>(List.of(Column.of(MOLECULE, ColumnType.MOLECULE), Column.of(TITLE, ColumnType.STRING)));
        for (int i = 0; i < names.size(); i++) {
            all.add(Column.of(columns.get(i), typed ? items.type(names.get(i)) : ColumnType.STRING));
            positions.put(names.get(i), i + 2);
        }
        schema = new Schema(all);
    }

    Schema schema() {
        return schema;
    }

    /** Notes a record's data items in {@code items} (the first pass). */
    static void observe(SdfReader.Record record, ColumnTypes items) {
        record.data().forEach(items::observe);
    }

    /** The row for a record; the row number is the record number, the messages name the line. */
    Row row(SdfReader.Record record) {
        Object[] values = new Object[schema.size()];
        values[1] = record.title();
        String error = record.error();
        for (var item : record.data().entrySet()) {
            Integer at = positions.get(item.getKey());
            if (at == null) {
                error = error != null ? error : "data item '" + item.getKey() + "' was not in the file's first pass (did it change?)";
                continue;
            }
            try {
                values[at] = ColumnTypes.convert(schema.columns().get(at).type(), item.getValue());
            } catch (IllegalArgumentException e) {
                error = error != null ? error : "data item '" + item.getKey() + "': " + e.getMessage();
            }
        }
        if (error == null) {
            values[0] = Molecule.molfile(record.molfile());
            return Row.of(record.number(), values);
        }
        return Row.of(record.number(), values).fail("record " + record.number() + " (line " + record.line() + "): " + error);
    }
}
