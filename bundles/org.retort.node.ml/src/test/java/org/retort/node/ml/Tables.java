package org.retort.node.ml;

import java.util.ArrayList;
import java.util.List;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

/** Small tables built for the bad-input tests. */
final class Tables {

    private Tables() {
    }

    /** {@code table} plus a text column {@code potency}: {@code high} for pIC50 ≥ 7, else {@code low}. */
    static Table labelled(Table table) {
        int p = table.schema().index("p_ic50");
        return new Table(table.schema().plus(Column.of("potency", ColumnType.STRING)),
                table.rows().stream().map(r -> r.append(r.number(p) >= 7 ? "high" : "low")).toList());
    }

    /** Columns x1, x2 (DOUBLE), flat (DOUBLE, always 1) and y of {@code targetType}; the values given row by row. */
    static Table of(ColumnType targetType, Object[]... rows) {
        Schema schema = Schema.of(Column.of("x1", ColumnType.DOUBLE), Column.of("x2", ColumnType.DOUBLE),
                Column.of("flat", ColumnType.DOUBLE), Column.of("y", targetType));
        var list = new ArrayList<Row>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new Row(i + 1, java.util.Arrays.asList(rows[i]), null));
        }
        return new Table(schema, list);
    }

    /** {@code n} rows with y = 2·x1 − x2 + 1 (a DOUBLE target), flat constant. */
    static Table linear(int n) {
        var rows = new Object[n][];
        for (int i = 0; i < n; i++) {
            double x1 = i % 7, x2 = (i * 3) % 5;
            rows[i] = new Object[] {x1, x2, 1.0, 2 * x1 - x2 + 1};
        }
        return of(ColumnType.DOUBLE, rows);
    }
}
