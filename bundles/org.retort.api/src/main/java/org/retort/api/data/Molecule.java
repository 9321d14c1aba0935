package org.retort.api.data;

import java.util.Objects;

/**
 * A molecule cell: the molecule's original text exactly as it was read (a SMILES, or a molfile in
 * V2000 or V3000), plus the structure a chemistry toolkit parsed from it, kept once parsed.
 *
 * <p>The API knows no toolkit: a chemistry node asks for the structure with the toolkit's own type
 * and parser, {@code mol.structure(IAtomContainer.class, m -> parse(m))}, and every later node of the
 * same run that asks for the same type gets the same parsed object instead of parsing again. A node
 * that changes a molecule (standardization) returns a new {@code Molecule} with the new text and,
 * if it has it, the new structure. The text alone defines the value: {@code equals}, {@code hashCode}
 * and {@code toString} ignore the cached structure.
 *
 * <p>A molecule travels with its row through one node at a time, so the cache needs no locking
 * beyond the volatile publication here. Nodes must treat a cached structure as read-only; a node
 * that needs to modify one works on a copy.
 */
public final class Molecule {

    /** How the text is written. */
    public enum Format {
        /** A SMILES string (with no name or other columns). */
        SMILES,
        /** An MDL molfile, V2000 or V3000, up to and including {@code M  END}. */
        MOLFILE
    }

    /** Parses a molecule's text into a toolkit's structure. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(Molecule molecule) throws Exception;
    }

    private final String text;
    private final Format format;
    private volatile Object structure;

    private Molecule(String text, Format format, Object structure) {
        this.text = Objects.requireNonNull(text, "text");
        this.format = Objects.requireNonNull(format, "format");
        this.structure = structure;
    }

    /** A molecule written as SMILES. */
    public static Molecule smiles(String smiles) {
        return new Molecule(smiles, Format.SMILES, null);
    }

    /** A molecule written as a molfile (V2000 or V3000). */
    public static Molecule molfile(String molfile) {
        return new Molecule(molfile, Format.MOLFILE, null);
    }

    /** A molecule whose format is told by its text: a molfile when it has an {@code M  END} line, else SMILES. */
    public static Molecule of(String text) {
        return text.contains("M  END") ? molfile(text) : smiles(text);
    }

    /** A new molecule with its structure already known (the node that made it had it at hand). */
    public static Molecule of(String text, Format format, Object structure) {
        return new Molecule(text, format, Objects.requireNonNull(structure, "structure"));
    }

    public String text() {
        return text;
    }

    public Format format() {
        return format;
    }

    /**
     * The structure as {@code type}, parsed with {@code parser} the first time it is asked for and
     * kept afterwards. A parse failure is thrown (and not cached), so the asking node can fail the row
     * with the parser's message.
     */
    public <T> T structure(Class<T> type, Parser<T> parser) throws Exception {
        Object cached = structure;
        if (type.isInstance(cached)) {
            return type.cast(cached);
        }
        T parsed = parser.parse(this);
        structure = parsed;
        return parsed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Molecule m && m.format == format && m.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + format.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
