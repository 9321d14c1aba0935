package org.retort.node.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.node.table.SelectColumns.Mode;

/**
 * Which input columns {@link SelectColumns} writes, in what order and under what names, read from a
 * list like {@code a, b as c, d} against the input's schema.
 *
 * @param schema  the output columns
 * @param sources for each output column, the position of the input column it copies
 */
record Projection(Schema schema, int[] sources) {

    private static final Pattern RENAMING = Pattern.compile("(.+)\\s+[aA][sS]\\s+(.+)");

    /** One entry of the list: an input column and its output name (the same when not renamed). */
    private record Entry(String text, String source, String target) {
        boolean renames() {
            return !source.equals(target);
        }
    }

    /** The projection {@code list} describes in {@code mode}; fails naming the entry or column that does not fit. */
    static Projection of(Schema in, String list, Mode mode) {
        List<Entry> entries = entries(in, list);
        var targets = new LinkedHashMap<String, Integer>();
        switch (mode) {
            case KEEP -> entries.forEach(e -> put(targets, e.target(), in.indexOf(e.source())));
            case DROP -> {
                var dropped = new HashSet<String>();
                for (Entry e : entries) {
                    if (e.renames()) {
                        throw new IllegalArgumentException("'" + e.text() + "': mode DROP removes columns; rename with mode KEEP or RENAME");
                    }
                    dropped.add(e.source());
                }
                in.names().stream().filter(n -> !dropped.contains(n)).forEach(n -> put(targets, n, in.indexOf(n)));
            }
            case RENAME -> {
                var renamed = new LinkedHashMap<String, String>();
                for (Entry e : entries) {
                    if (!e.renames() || renamed.putIfAbsent(e.source(), e.target()) != null) {
                        throw new IllegalArgumentException("'" + e.text() + "': mode RENAME takes one 'old as new' entry per column");
                    }
                }
                in.names().forEach(n -> put(targets, renamed.getOrDefault(n, n), in.indexOf(n)));
            }
        }
        return build(in, targets);
    }

    /** Row {@code row} with the output's cells. */
    Row apply(Row row) {
        var values = new ArrayList<>(sources.length);
        for (int source : sources) {
            values.add(row.get(source));
        }
        return new Row(row.recordNumber(), values, row.error());
    }

    private static List<Entry> entries(Schema in, String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("list the columns, e.g. 'id, smiles, p_activity as pIC50'");
        }
        var entries = new ArrayList<Entry>();
        for (String part : list.split(",", -1)) {
            String text = part.trim();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("the column list '" + list + "' has an empty entry");
            }
            Matcher renaming = RENAMING.matcher(text);
            boolean renames = in.indexOf(text) < 0 && renaming.matches();
            String source = renames ? renaming.group(1).trim() : text;
            String target = renames ? renaming.group(2).trim() : text;
            if (in.indexOf(source) < 0) {
                throw new IllegalArgumentException("'" + text + "': no column '" + source + "' (columns: " + in.names() + ")");
            }
            entries.add(new Entry(text, source, target));
        }
        return entries;
    }

    private static void put(Map<String, Integer> targets, String name, int source) {
        if (targets.putIfAbsent(name, source) != null) {
            throw new IllegalArgumentException("two output columns would be called '" + name + "'");
        }
    }

    private static Projection build(Schema in, Map<String, Integer> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no column would be left");
        }
        var columns = new ArrayList<Column>();
        targets.forEach((name, source) -> columns.add(Column.of(name, in.columns().get(source).type())));
        Schema out = new Schema(columns);
        if (in.hasType(ColumnType.MOLECULE) && !out.hasType(ColumnType.MOLECULE)) {
            throw new IllegalArgumentException("keep a molecule column (one of " + in.columns().stream()
                    .filter(c -> c.type() == ColumnType.MOLECULE).map(Column::name).toList()
                    + "): the output port carries molecules");
        }
        return new Projection(out, targets.values().stream().mapToInt(Integer::intValue).toArray());
    }
}
