package org.retort.node.io;

import java.util.Locale;
import java.util.Set;

/**
 * The lines of a SMILES file: the SMILES, then optionally white space and a name (the rest of the line).
 * The chemistry is not checked here; only the shape of the line.
 */
final class SmilesLines {

    /** Header names of a SMILES column, compared in lower case with {@code _}, {@code -} and spaces removed. */
    static final Set<String> SMILES_HEADERS = Set.of("smiles", "canonicalsmiles", "isomericsmiles", "smilesstring",
            "smi", "molsmiles", "moleculesmiles", "structuresmiles");

    /** One parsed line. */
    record Line(String smiles, String name, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private SmilesLines() {
    }

    /** Whether {@code name} is a usual header of a SMILES column. */
    static boolean isSmilesHeader(String name) {
        return SMILES_HEADERS.contains(name.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\- ]", ""));
    }

    /** Whether the first line looks like a header: its first field is a SMILES column name. */
    static boolean looksLikeHeader(String text) {
        String stripped = text.strip();
        int end = firstWhitespace(stripped);
        return isSmilesHeader(end < 0 ? stripped : stripped.substring(0, end));
    }

    /** Splits a non-blank line; a line starting with white space has an empty SMILES field. */
    static Line parse(String text) {
        if (Character.isWhitespace(text.charAt(0))) {
            return new Line(null, text.strip(), "empty SMILES field (the line starts with white space)");
        }
        int end = firstWhitespace(text);
        if (end < 0) {
            return new Line(text, "", null);
        }
        return new Line(text.substring(0, end), text.substring(end).strip(), null);
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
