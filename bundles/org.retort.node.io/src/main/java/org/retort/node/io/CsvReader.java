package org.retort.node.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records: fields separated by a delimiter, a field in double quotes may hold the
 * delimiter, line ends and doubled quotes ({@code ""}). Line ends inside a quoted field become
 * {@code \n}. A quote inside an unquoted field is kept as text. Blank lines between records are skipped.
 * A record that cannot be read comes back with an error and the reader goes on at the next line.
 */
final class CsvReader {

    /** Delimiters tried when none is chosen; on a tie the comma wins, then the earlier one. */
    private static final char[] CANDIDATES = {'\t', ',', ';', '|'};

    /** A record: its first line and fields, or its first line and why it could not be read. */
    record Record(long line, List<String> fields, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private enum State { START, PLAIN, QUOTED, QUOTE }

    private final LineReader lines;
    private char delimiter;

    /** A reader of {@code lines}; a {@code delimiter} of 0 is detected from the first record's line. */
    CsvReader(LineReader lines, char delimiter) {
        this.lines = lines;
        this.delimiter = delimiter;
    }

    /** The delimiter (0 until detected). */
    char delimiter() {
        return delimiter;
    }

    /** The delimiter occurring most often outside quotes in {@code line}; a comma when there is none. */
    static char detect(String line) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < CANDIDATES.length; k++) {
                counts[k] += !quoted && c == CANDIDATES[k] ? 1 : 0;
            }
        }
        int best = 1;
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    /** The next record, or {@code null} at the end of the input. */
    Record next() throws IOException {
        while (lines.next()) {
            if (lines.overlong()) {
                return tooLong(lines.number());
            }
            String text = lines.text();
            if (text.isBlank()) {
                continue;
            }
            if (delimiter == 0) {
                delimiter = detect(text);
            }
            return parse(text);
        }
        return null;
    }

    private Record parse(String first) throws IOException {
        long start = lines.number();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        State state = State.START;
        String text = first;
        long length = first.length();
        while (true) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (state) {
                    case START -> {
                        if (c == '"') {
                            state = State.QUOTED;
                        } else if (c == delimiter) {
                            fields.add("");
                        } else {
                            field.append(c);
                            state = State.PLAIN;
                        }
                    }
                    case PLAIN -> {
                        if (c == delimiter) {
                            fields.add(take(field));
                            state = State.START;
                        } else {
                            field.append(c);
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            state = State.QUOTE;
                        } else {
                            field.append(c);
                        }
                    }
                    case QUOTE -> {
                        if (c == '"') {
                            field.append('"');
                            state = State.QUOTED;
                        } else if (c == delimiter) {
                            fields.add(take(field));
                            state = State.START;
                        } else {
                            return new Record(start, fields, "line " + lines.number() + ": '" + c
                                    + "' after the closing quote of a field (write a quote inside a quoted field as \"\")");
                        }
                    }
                }
            }
            if (state != State.QUOTED) {
                fields.add(take(field));
                return new Record(start, fields, null);
            }
            if (!lines.next()) {
                return new Record(start, fields, "unterminated quoted field: the record starting at line " + start
                        + " runs to the end of the file");
            }
            if (lines.overlong()) {
                return tooLong(start);
            }
            length += 1 + lines.length();
            if (length > lines.maxLength()) {
                return new Record(start, fields, "the record starting at line " + start + " is longer than "
                        + lines.maxLength() + " characters: not read");
            }
            field.append('\n');
            text = lines.text();
        }
    }

    private Record tooLong(long start) {
        return new Record(start, List.of(), "line " + lines.number() + " has " + lines.length()
                + " characters, more than " + lines.maxLength() + ": not read");
    }

    private static String take(StringBuilder field) {
        String value = field.toString();
        field.setLength(0);
        return value;
    }
}
