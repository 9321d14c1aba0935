package org.retort.rest.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The records of a dataset file, read one at a time (a gzipped file is recognized by its first bytes):
 * a SMILES line ({@code SMILES name}), a CSV/TSV row (the first row names the columns, the delimiter is
 * the one its header uses most) or an SDF record. The structure stays text here: parsing it is the
 * diff's business, so counting rows needs no chemistry.
 */
final class DatasetRecords implements Closeable {

    /** The longest record read, in characters: a file that is not what it claims to be must not exhaust memory. */
    static final int MAX_RECORD_CHARS = 4 * 1024 * 1024;

    /**
     * One record.
     *
     * @param number    its place in the file, from 1 (for CSV the header is not counted)
     * @param structure its SMILES or molfile, {@code null} when it has none
     * @param id        its name or id, {@code null} when it has none
     * @param fields    everything but the structure (for SMILES, {@code name})
     */
    record Record(int number, String structure, String id, Map<String, String> fields) {
    }

    private final DatasetFormat format;
    private final BufferedReader in;
    private int count;
    private List<String> header;
    private char delimiter;
    private int structureColumn = -1;
    private int idColumn = -1;

    private DatasetRecords(InputStream raw, DatasetFormat format) throws IOException {
        this.format = format;
        BufferedInputStream buffered = new BufferedInputStream(raw, 65536);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        InputStream content = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(buffered, 65536) : buffered;
        this.in = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 65536);
    }

    /** The records of {@code content} (closed with this). */
    static DatasetRecords open(InputStream content, DatasetFormat format) throws IOException {
        DatasetRecords records = new DatasetRecords(content, format);
        if (format == DatasetFormat.CSV) {
            records.readHeader();
        }
        return records;
    }

    /** The number of records in {@code content}. */
    static long count(InputStream content, DatasetFormat format) throws IOException {
        try (DatasetRecords records = open(content, format)) {
            long n = 0;
            while (records.next() != null) {
                n++;
            }
            return n;
        }
    }

    /** For CSV: the name of the column holding SMILES, {@code null} when there is none. */
    String structureColumn() {
        return structureColumn < 0 ? null : header.get(structureColumn);
    }

    /** The next record, {@code null} at the end. */
    Record next() throws IOException {
        return switch (format) {
            case SMILES -> nextSmiles();
            case CSV -> nextRow();
            case SDF -> nextMolecule();
        };
    }

    private Record nextSmiles() throws IOException {
        String line;
        while ((line = readLine()) != null) {
            count++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int space = indexOfWhitespace(text);
            String smiles = space < 0 ? text : text.substring(0, space);
            String name = space < 0 ? null : text.substring(space).strip();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", name);
            return new Record(count, smiles, name, fields);
        }
        return null;
    }

    private void readHeader() throws IOException {
        String first = readLine();
        while (first != null && first.isBlank()) {
            first = readLine();
        }
        if (first == null) {
            header = List.of();
            return;
        }
        delimiter = delimiter(first);
        header = parseRow(first);
        for (int i = 0; i < header.size() && structureColumn < 0; i++) {
            if (header.get(i).strip().equalsIgnoreCase("smiles")) {
                structureColumn = i;
            }
        }
        for (int i = 0; i < header.size() && structureColumn < 0; i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).contains("smiles")) {
                structureColumn = i;
            }
        }
        List<String> ids = List.of("id", "name", "title", "compound_id", "mol_id", "molecule_id", "identifier");
        for (String candidate : ids) {
            for (int i = 0; i < header.size() && idColumn < 0; i++) {
                if (header.get(i).strip().equalsIgnoreCase(candidate)) {
                    idColumn = i;
                }
            }
        }
    }

    private Record nextRow() throws IOException {
        String line;
        while ((line = readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            StringBuilder text = new StringBuilder(line);
            while (openQuote(text) && text.length() < MAX_RECORD_CHARS) {
                String more = readLine();
                if (more == null) {
                    break;
                }
                text.append('\n').append(more);
            }
            List<String> cells = parseRow(text.toString());
            count++;
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < Math.max(cells.size(), header.size()); i++) {
                if (i != structureColumn) {
                    String column = i < header.size() ? header.get(i) : "column " + (i + 1);
                    fields.put(column, i < cells.size() ? cells.get(i) : null);
                }
            }
            String structure = structureColumn >= 0 && structureColumn < cells.size() ? cells.get(structureColumn).strip() : null;
            String id = idColumn >= 0 && idColumn < cells.size() ? cells.get(idColumn) : null;
            return new Record(count, structure == null || structure.isEmpty() ? null : structure, id, fields);
        }
        return null;
    }

    private Record nextMolecule() throws IOException {
        StringBuilder molfile = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        String title = null;
        boolean inBlock = true;
        boolean terminated = false;
        String field = null;
        StringBuilder value = null;
        String line;
        while ((line = readLine()) != null) {
            if (line.startsWith("$$$$")) {
                terminated = true;
                break;
            }
            if (title == null) {
                title = line.strip();
            }
            if (inBlock) {
                if (molfile.length() < MAX_RECORD_CHARS) {
                    molfile.append(line).append('\n');
                }
                inBlock = !line.startsWith("M  END");
            } else if (field == null && line.startsWith(">")) {
                int open = line.indexOf('<');
                int close = line.indexOf('>', open + 1);
                field = open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(1).strip();
                value = new StringBuilder();
            } else if (field != null) {
                if (line.isEmpty()) {
                    fields.put(field, value.toString());
                    field = null;
                } else if (value.length() < MAX_RECORD_CHARS) {
                    value.append(value.length() == 0 ? "" : "\n").append(line);
                }
            }
        }
        if (!terminated && molfile.toString().isBlank()) {
            return null;
        }
        if (field != null) {
            fields.put(field, value.toString());
        }
        count++;
        return new Record(count, molfile.toString(), title == null || title.isEmpty() ? null : title, Collections.unmodifiableMap(fields));
    }

    /** A line, at most {@link #MAX_RECORD_CHARS} long (the rest of a longer one is skipped). */
    private String readLine() throws IOException {
        StringBuilder line = null;
        int c;
        while ((c = in.read()) >= 0) {
            if (line == null) {
                line = new StringBuilder();
            }
            if (c == '\n') {
                break;
            }
            if (line.length() < MAX_RECORD_CHARS) {
                line.append((char) c);
            }
        }
        if (line == null) {
            return null;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Tab, semicolon or comma: whichever occurs most in {@code line} outside quotes; a comma on a tie. */
    private static char delimiter(String line) {
        int commas = 0, tabs = 0, semicolons = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static boolean openQuote(CharSequence text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    /** RFC 4180 fields: a quoted field may hold the delimiter, line ends and doubled quotes. */
    private List<String> parseRow(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
