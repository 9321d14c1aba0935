package org.retort.node.chem.standardize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

/**
 * RDKit's salt and solvent definitions ({@code Data/Salts.txt}, shipped verbatim as the resource
 * {@code Salts.txt} with its BSD licence): one SMARTS per line, optionally followed by a name. As in
 * RDKit's {@code SaltRemover}, a fragment is a salt when a pattern matches the whole fragment (every
 * heavy atom); charges are not part of the patterns, so {@code [Cl-]} and {@code Cl} both match.
 */
final class SaltList {

    /** One definition: its SMARTS, its name (the SMARTS when unnamed) and the compiled pattern. */
    record Salt(String smarts, String name, Pattern pattern) {
    }

    private static final SaltList RDKIT = load();

    private final List<Salt> salts;

    SaltList(List<Salt> salts) {
        this.salts = List.copyOf(salts);
    }

    /** RDKit's list. */
    static SaltList rdkit() {
        return RDKIT;
    }

    List<Salt> salts() {
        return salts;
    }

    /** The first definition matching the whole fragment, or {@code null}. */
    Salt match(IAtomContainer fragment) {
        int heavy = 0;
        for (IAtom atom : fragment.atoms()) {
            if (atom.getAtomicNumber() == null || atom.getAtomicNumber() != 1) {
                heavy++;
            }
        }
        for (Salt salt : salts) {
            int[] mapping = salt.pattern().match(fragment);
            if (mapping.length > 0 && mapping.length == heavy) {
                return salt;
            }
        }
        return null;
    }

    /** Parses lines of the {@code Salts.txt} format: {@code //} comments, blank lines, SMARTS [whitespace name]. */
    static SaltList parse(List<String> lines) {
        var salts = new ArrayList<Salt>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("//")) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            SmartsPattern pattern = SmartsPattern.create(parts[0], SilentChemObjectBuilder.getInstance()).setPrepare(false);
            salts.add(new Salt(parts[0], parts.length > 1 ? parts[1].strip() : parts[0], pattern));
        }
        return new SaltList(salts);
    }

    private static SaltList load() {
        try (var in = SaltList.class.getResourceAsStream("Salts.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource Salts.txt missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
