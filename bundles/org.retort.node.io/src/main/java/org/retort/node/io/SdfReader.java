package org.retort.node.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads SD file records: a molblock (V2000 or V3000) up to and including its {@code M  END} line, then
 * data items ({@code > <name>} header, value lines, a blank line) up to {@code $$$$}. A record that
 * cannot be read comes back with an error and whatever was read of it; the reader goes on after the
 * record's {@code $$$$}. Records longer than the line reader's cap are skipped in constant memory.
 */
final class SdfReader {

    /**
     * One record.
     *
     * @param number  1-based record number
     * @param line    the line it starts on
     * @param title   the molblock's first line
     * @param molfile the molblock through {@code M  END} with {@code \n} line ends, or {@code null} when not kept
     * @param data    the data items in file order (a repeated name keeps its last value)
     * @param error   why the record cannot be read, or {@code null}
     */
    record Record(long number, long line, String title, String molfile, Map<String, String> data, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private final LineReader lines;
    private final boolean keepMolfile;
    private long count;
    private long size;

    /** A reader of {@code lines}; the first, fast pass over a file does not keep the molblocks. */
    SdfReader(LineReader lines, boolean keepMolfile) {
        this.lines = lines;
        this.keepMolfile = keepMolfile;
    }

    /** The next record, or {@code null} at the end of the input (trailing blank lines are no record). */
    Record next() throws IOException {
        if (!lines.next()) {
            return null;
        }
        long first = lines.number();
        long number = count + 1;
        size = 0;
        StringBuilder molfile = keepMolfile ? new StringBuilder() : null;
        Map<String, String> data = new LinkedHashMap<>();
        String title = null;
        boolean blank = true;
        do {
            String problem = check();
            if (problem != null) {
                return skip(number, first, title, molfile, data, problem);
            }
            String text = lines.text();
            title = title == null ? text : title;
            blank &= text.isBlank();
            if (text.startsWith("$$$$")) {
                return done(number, first, title, molfile, data, "truncated molblock: '$$$$' on line " + lines.number()
                        + " before 'M  END'");
            }
            if (molfile != null) {
                molfile.append(text).append('\n');
            }
            if (text.startsWith("M  END")) {
                return readData(number, first, title, molfile, data);
            }
        } while (lines.next());
        return blank ? null : done(number, first, title, molfile, data, "truncated record at the end of the file: no 'M  END'");
    }

    private Record readData(long number, long first, String title, StringBuilder molfile, Map<String, String> data) throws IOException {
        String name = null;
        StringBuilder value = new StringBuilder();
        while (lines.next()) {
            String problem = check();
            if (problem != null) {
                return skip(number, first, title, molfile, data, problem);
            }
            String text = lines.text();
            if (text.startsWith("$$$$")) {
                put(data, name, value);
                return done(number, first, title, molfile, data, null);
            }
            if (name != null) {
                if (text.isBlank()) {
                    put(data, name, value);
                    name = null;
                } else {
                    value.append(value.length() == 0 ? "" : "\n").append(text);
                }
            } else if (text.startsWith(">")) {
                name = itemName(text);
                value.setLength(0);
                if (name == null) {
                    return skip(number, first, title, molfile, data, "line " + lines.number() + ": a data header without a name");
                }
            } else if (!text.isBlank()) {
                return skip(number, first, title, molfile, data, "line " + lines.number()
                        + ": expected a data header '> <name>' or '$$$$'");
            }
        }
        put(data, name, value);
        return done(number, first, title, molfile, data, "missing '$$$$' at the end of the file");
    }

    /** The name in a data header: between {@code <} and {@code >}, else the rest of the line; {@code null} when empty. */
    static String itemName(String header) {
        int open = header.indexOf('<');
        String name;
        if (open >= 0) {
            int close = header.indexOf('>', open + 1);
            name = close < 0 ? header.substring(open + 1) : header.substring(open + 1, close);
        } else {
            name = header.substring(1);
        }
        name = name.strip();
        return name.isEmpty() ? null : name;
    }

    private static void put(Map<String, String> data, String name, StringBuilder value) {
        if (name != null) {
            data.put(name, value.toString());
        }
    }

    /** Why the current line cannot be taken (too long, or the record grows too long), or {@code null}. */
    private String check() {
        if (lines.overlong()) {
            return "line " + lines.number() + " has " + lines.length() + " characters, more than " + lines.maxLength();
        }
        size += lines.length() + 1;
        return size > lines.maxLength() ? "the record is longer than " + lines.maxLength() + " characters" : null;
    }

    /** Ends a failed record: skips to its {@code $$$$} without keeping anything. */
    private Record skip(long number, long first, String title, StringBuilder molfile, Map<String, String> data, String error)
            throws IOException {
        boolean terminated = false;
        while (!terminated && lines.next()) {
            terminated = !lines.overlong() && lines.text().startsWith("$$$$");
        }
        return done(number, first, title, molfile, data, error + (terminated ? "" : "; no '$$$$' before the end of the file"));
    }

    private Record done(long number, long first, String title, StringBuilder molfile, Map<String, String> data, String error) {
        count = number;
        return new Record(number, first, title, molfile == null ? null : molfile.toString(), data, error);
    }
}
