package org.retort.benchmarks;

import org.retort.api.data.Row;

/**
 * The per-row work both sides of the benchmark do: parse a conformer's coordinates from text and
 * compute its radius of gyration. Parsing numbers out of a text column and doing a little floating
 * point arithmetic is what the cheapest real chemistry nodes do (unit conversions, descriptors from
 * stored properties); at about 2 µs a row it is light enough that engine overhead is not hidden by
 * the work, and heavy enough to be a node someone would write.
 */
final class Gyration {

    private Gyration() {
    }

    /** {@code row} (id, coordinates) with its radius of gyration appended. */
    static Row apply(Row row) {
        return row.append(radius(row.string(Conformers.COORDINATES)));
    }

    /** The radius of gyration (unit weights) of {@code coordinates}, "x1 y1 z1 x2 y2 z2 …". */
    static double radius(String coordinates) {
        double sx = 0, sy = 0, sz = 0, squares = 0;
        int atoms = 0;
        int at = 0;
        while (at < coordinates.length()) {
            int y = coordinates.indexOf(' ', at) + 1;
            int z = coordinates.indexOf(' ', y) + 1;
            int end = coordinates.indexOf(' ', z);
            end = end < 0 ? coordinates.length() : end;
            double x1 = Double.parseDouble(coordinates.substring(at, y - 1));
            double y1 = Double.parseDouble(coordinates.substring(y, z - 1));
            double z1 = Double.parseDouble(coordinates.substring(z, end));
            sx += x1;
            sy += y1;
            sz += z1;
            squares += x1 * x1 + y1 * y1 + z1 * z1;
            atoms++;
            at = end + 1;
        }
        double cx = sx / atoms, cy = sy / atoms, cz = sz / atoms;
        return Math.sqrt(Math.max(0, squares / atoms - (cx * cx + cy * cy + cz * cz)));
    }
}
