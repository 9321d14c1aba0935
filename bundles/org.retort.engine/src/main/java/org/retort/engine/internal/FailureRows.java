package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

/**
 * Separates the rows a node marked as failed from the good ones. Failed rows become an ordinary table
 * on the {@code failure} port: the columns of the node's input (the basis) plus {@code error} and
 * {@code record}, so whoever consumes the failure port sees plain data and can write a report.
 */
public final class FailureRows {

    /** A node output split in two. */
    record Split(Table good, Table failed) {
    }

    private FailureRows() {
    }

    /** The schema of the failure port for input rows of schema {@code basis}. */
    public static Schema schema(Schema basis) {
        return basis.plus(Column.of(free(basis, "error"), ColumnType.STRING), Column.of(free(basis, "record"), ColumnType.INTEGER));
    }

    private static String free(Schema basis, String name) {
        String candidate = name;
        while (basis.indexOf(candidate) >= 0) {
            candidate = "_" + candidate;
        }
        return candidate;
    }

    /** Splits {@code output}; failed rows are cut or padded to {@code basis} before error and record are appended. */
    static Split split(Table output, Schema basis) {
        if (output.rows().stream().noneMatch(Row::failed)) {
            return new Split(output, Table.empty(schema(basis)));
        }
        return new Split(new Table(output.schema(), output.goodRows()), failures(output.failedRows(), basis));
    }

    /** {@code rows}, all failed with {@code error}, as a failure table. */
    static Table allFailed(Table rows, String error) {
        return failures(rows.rows().stream().map(r -> r.fail(error)).toList(), rows.schema());
    }

    private static Table failures(List<Row> failed, Schema basis) {
        var rows = new ArrayList<Row>(failed.size());
        for (Row row : failed) {
            var values = new ArrayList<>(basis.size() + 2);
            for (int i = 0; i < basis.size(); i++) {
                Object value = i < row.values().size() ? row.get(i) : null;
                values.add(basis.columns().get(i).type().accepts(value) ? value : null);
            }
            values.add(row.error());
            values.add(row.recordNumber());
            rows.add(new Row(row.recordNumber(), values, null));
        }
        return new Table(schema(basis), rows);
    }
}
