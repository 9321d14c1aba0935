package org.retort.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;

/**
 * The rows of the benchmark: an id and a small molecule's 3D coordinates as text (12 atoms, 4
 * decimals, as a coordinates column read from a file would hold them). Generated once per JVM from a
 * fixed seed, so every benchmark and every run sees the same rows.
 */
final class Conformers {

    static final int ATOMS = 12;
    static final int COORDINATES = 1;
    static final Schema SCHEMA = Schema.of(Column.of("id", ColumnType.INTEGER), Column.of("coordinates", ColumnType.STRING));
    static final Schema WITH_RADIUS = SCHEMA.plus(Column.of("radius", ColumnType.DOUBLE));

    private Conformers() {
    }

    /** {@code count} rows, record numbers 1…count. */
    static List<Row> generate(int count) {
        var random = new SplittableRandom(42);
        var rows = new ArrayList<Row>(count);
        var text = new StringBuilder();
        for (long n = 1; n <= count; n++) {
            text.setLength(0);
            for (int i = 0; i < 3 * ATOMS; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                decimal(text, random.nextInt(-80_000, 80_000));
            }
            rows.add(Row.of(n, n, text.toString()));
        }
        return List.copyOf(rows);
    }

    /** Appends {@code tenThousandths} / 10 000 with four decimals (String.format would dominate the set-up). */
    private static void decimal(StringBuilder text, int tenThousandths) {
        if (tenThousandths < 0) {
            text.append('-');
        }
        int magnitude = Math.abs(tenThousandths);
        String fraction = Integer.toString(magnitude % 10_000);
        text.append(magnitude / 10_000).append('.').append("0000", fraction.length(), 4).append(fraction);
    }
}
