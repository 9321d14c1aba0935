package org.retort.rest.internal;

import io.github.dan2097.jnainchi.InchiStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.retort.api.util.ContextClassLoader;
import org.retort.rest.internal.DatasetRecords.Record;
import org.retort.web.ProblemException;

/**
 * What changed between two versions of a dataset, molecule by molecule: a molecule is its standard
 * InChIKey (computed with CDK and the IUPAC InChI library); it was added, removed, changed (same
 * InChIKey, other fields differ) or left unchanged. Records whose structure cannot be read are listed
 * as unparsed, never dropped. Each list holds at most {@link #MAX_LISTED} entries; the totals count all.
 * The "from" version is held in memory (key, id and fields per molecule), the "to" version is streamed.
 */
final class DatasetDiff {

    static final int MAX_LISTED = 1000;

    /** A molecule of one version. {@code row} is its record number in that version's file. */
    record Entry(String inchikey, String id, int row) {
    }

    /** A molecule in both versions whose other fields differ: each changed field with [from, to]. */
    record Change(String inchikey, String id, int row, int fromRow, Map<String, List<String>> changes) {
    }

    /** A record whose structure could not be read. */
    record Unparsed(int version, int record, String error) {
    }

    /** The counts, whether or not every entry is listed. {@code duplicates}: records repeating an InChIKey of the same version (the first one counts). */
    record Totals(long added, long removed, long changed, long unchanged, long unparsed, long duplicates) {
    }

    /** The answer of {@code GET /api/v1/datasets/{id}/diff}. */
    record Result(int from, int to, List<Entry> added, List<Entry> removed, List<Change> changed, long unchanged,
                  List<Unparsed> unparsed, Totals totals, boolean truncated) {
    }

    private record Molecule(String inchikey, String id, int row, Map<String, String> fields) {
    }

    private final SmilesParser smiles = new SmilesParser(SilentChemObjectBuilder.getInstance());
    private final InChIGeneratorFactory inchi;
    private final List<Unparsed> unparsed = new ArrayList<>();
    private long unparsedTotal;
    private long duplicates;

    private DatasetDiff(InChIGeneratorFactory inchi) {
        this.inchi = inchi;
    }

    /** Compares version {@code fromVersion} ({@code from}, in {@code fromFormat}) with version {@code toVersion}. */
    static Result of(int fromVersion, InputStream from, DatasetFormat fromFormat, int toVersion, InputStream to,
            DatasetFormat toFormat) throws IOException {
        InChIGeneratorFactory factory;
        try {
            factory = ContextClassLoader.call(InChIGeneratorFactory.class, InChIGeneratorFactory::getInstance);
        } catch (CDKException e) {
            throw new ProblemException(503, "InChI unavailable", "The InChI library could not be loaded: " + e.getMessage());
        }
        DatasetDiff diff = new DatasetDiff(factory);
        return ContextClassLoader.call(InChIGeneratorFactory.class, () -> diff.compare(fromVersion, from, fromFormat, toVersion, to, toFormat));
    }

    private Result compare(int fromVersion, InputStream from, DatasetFormat fromFormat, int toVersion, InputStream to,
            DatasetFormat toFormat) throws IOException {
        Map<String, Molecule> before = new HashMap<>();
        try (DatasetRecords records = DatasetRecords.open(from, fromFormat)) {
            requireStructures(records, fromFormat, fromVersion);
            for (Record r; (r = records.next()) != null; ) {
                Molecule m = molecule(fromVersion, r, fromFormat);
                if (m != null && before.putIfAbsent(m.inchikey(), m) != null) {
                    duplicates++;
                }
            }
        }
        List<Entry> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        long addedTotal = 0;
        long changedTotal = 0;
        long unchanged = 0;
        Set<String> seen = new java.util.HashSet<>();
        try (DatasetRecords records = DatasetRecords.open(to, toFormat)) {
            requireStructures(records, toFormat, toVersion);
            for (Record r; (r = records.next()) != null; ) {
                Molecule m = molecule(toVersion, r, toFormat);
                if (m == null) {
                    continue;
                }
                if (!seen.add(m.inchikey())) {
                    duplicates++;
                    continue;
                }
                Molecule old = before.get(m.inchikey());
                if (old == null) {
                    addedTotal++;
                    if (added.size() < MAX_LISTED) {
                        added.add(new Entry(m.inchikey(), m.id(), m.row()));
                    }
                } else if (old.fields().equals(m.fields())) {
                    unchanged++;
                } else {
                    changedTotal++;
                    if (changed.size() < MAX_LISTED) {
                        changed.add(new Change(m.inchikey(), m.id(), m.row(), old.row(), changes(old.fields(), m.fields())));
                    }
                }
            }
        }
        List<Entry> removed = new ArrayList<>();
        long removedTotal = 0;
        for (Molecule m : before.values().stream().sorted((a, b) -> Integer.compare(a.row(), b.row())).toList()) {
            if (!seen.contains(m.inchikey())) {
                removedTotal++;
                if (removed.size() < MAX_LISTED) {
                    removed.add(new Entry(m.inchikey(), m.id(), m.row()));
                }
            }
        }
        boolean truncated = addedTotal > added.size() || removedTotal > removed.size() || changedTotal > changed.size()
                || unparsedTotal > unparsed.size();
        return new Result(fromVersion, toVersion, added, removed, changed, unchanged, unparsed,
                new Totals(addedTotal, removedTotal, changedTotal, unchanged, unparsedTotal, duplicates), truncated);
    }

    private static void requireStructures(DatasetRecords records, DatasetFormat format, int version) {
        if (format == DatasetFormat.CSV && records.structureColumn() == null) {
            throw new ProblemException(422, "No structures", "Version " + version
                    + " is a CSV file without a SMILES column: name one of its columns 'smiles'.");
        }
    }

    private static Map<String, List<String>> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String a = before.get(field);
            String b = after.get(field);
            if (!Objects.equals(a, b)) {
                List<String> pair = new ArrayList<>(2);
                pair.add(a);
                pair.add(b);
                changes.put(field, pair);
            }
        }
        return changes;
    }

    /** The record's molecule, or {@code null} (and an unparsed entry) when its structure cannot be read. */
    private Molecule molecule(int version, Record record, DatasetFormat format) {
        if (record.structure() == null) {
            return failed(version, record, "no structure");
        }
        try {
            IAtomContainer structure = format == DatasetFormat.SDF ? molfile(record.structure()) : smiles.parseSmiles(record.structure());
            if (structure == null) {
                return failed(version, record, "not a readable molfile");
            }
            if (structure.getAtomCount() == 0) {
                return failed(version, record, "no atoms");
            }
            InChIGenerator generator = inchi.getInChIGenerator(structure);
            if (generator.getStatus() == InchiStatus.ERROR || generator.getInchiKey() == null) {
                return failed(version, record, "InChI failed: " + generator.getMessage());
            }
            return new Molecule(generator.getInchiKey(), record.id(), record.number(), record.fields());
        } catch (CDKException | IOException | RuntimeException e) {
            return failed(version, record, e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage()));
        }
    }

    private static IAtomContainer molfile(String text) throws IOException {
        try (IteratingSDFReader reader = new IteratingSDFReader(new StringReader(text + "$$$$\n"), SilentChemObjectBuilder.getInstance())) {
            return reader.hasNext() ? reader.next() : null;
        }
    }

    private Molecule failed(int version, Record record, String error) {
        unparsedTotal++;
        if (unparsed.size() < MAX_LISTED) {
            unparsed.add(new Unparsed(version, record.number(), error));
        }
        return null;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
