package org.retort.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.retort.api.node.NodeType;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;
import org.retort.node.chem.descriptors.DescriptorSteps;
import org.retort.node.chem.descriptors.Descriptors;
import org.retort.node.chem.internal.Structures;
import org.retort.node.chem.standardize.Standardize;
import org.retort.node.chem.standardize.StandardizeSteps;
import org.retort.node.io.ExportCsv;
import org.retort.node.io.ImportSmiles;

/**
 * What the chemistry pipeline benchmarks share: the molecules (the NCI set), the workflow
 * import SMILES → standardize → descriptors (six) → export CSV, and the plain loop doing the same
 * per-molecule work without the engine.
 */
final class ChemWork {

    /** RDKit's NCI set (4,999 molecules), where the Debian rdkit-data package installs it. */
    static final Path NCI = Path.of("/usr/share/RDKit/Data/NCI/first_5K.smi");
    /** 500 molecules of the same set in the repository, repeated when {@link #NCI} is not installed. */
    static final Path NCI_500 = Path.of("workflows/data/nci-500.smi");

    private ChemWork() {
    }

    /** The node types of the workflow, as their OSGi components are made. */
    static NodeType<?>[] nodeTypes() {
        return new NodeType<?>[] {new ImportSmiles(), new Standardize(), new Descriptors(), new ExportCsv()};
    }

    /**
     * The lines of the NCI set: {@code -Dretort.nci=FILE}, else {@link #NCI}, else the repository's
     * 500 molecules ten times over (from the repository root or {@code benchmarks/}), saying so.
     */
    static List<String> nciLines() throws IOException {
        String chosen = System.getProperty("retort.nci");
        if (chosen != null) {
            return Files.readAllLines(Path.of(chosen), StandardCharsets.UTF_8);
        }
        if (Files.isReadable(NCI)) {
            return Files.readAllLines(NCI, StandardCharsets.UTF_8);
        }
        for (Path candidate : List.of(NCI_500, Path.of("..").resolve(NCI_500))) {
            if (Files.isReadable(candidate)) {
                System.err.println("[chem benchmark] " + NCI + " is not installed (Debian package rdkit-data): using "
                        + candidate + " ten times over (5,000 molecules) instead");
                List<String> lines = Files.readAllLines(candidate, StandardCharsets.UTF_8);
                var repeated = new ArrayList<String>(lines.size() * 10);
                for (int i = 0; i < 10; i++) {
                    repeated.addAll(lines);
                }
                return repeated;
            }
        }
        throw new IllegalStateException("no NCI molecules: neither " + NCI + " (install rdkit-data) nor " + NCI_500
                + " (run from the repository root or benchmarks/), nor -Dretort.nci=FILE");
    }

    /** Writes {@code count} lines cycling over {@code lines}: line numbers, hence record numbers, just continue. */
    static void writeRepeated(List<String> lines, long count, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                out.write(lines.get((int) (i % lines.size())));
                out.write('\n');
            }
        }
    }

    /**
     * import SMILES ({@code in}) → standardize (defaults, InChIKey as asked) → descriptors (MW, XLogP,
     * TPSA, Lipinski HBD/HBA, rotatable bonds only) → export CSV ({@code out}, overwritten).
     */
    static Workflow workflow(Path in, Path out, boolean inchikey) {
        Map<String, Object> six = Map.ofEntries(
                Map.entry("mw", true), Map.entry("exactMass", false), Map.entry("formula", false),
                Map.entry("heavyAtoms", false), Map.entry("xlogp", true), Map.entry("alogp", false),
                Map.entry("tpsa", true), Map.entry("tpsaSp", false), Map.entry("lipinskiCounts", true),
                Map.entry("cdkCounts", false), Map.entry("rotatableBonds", true), Map.entry("rings", false),
                Map.entry("fsp3", false), Map.entry("formalCharge", false), Map.entry("lipinski", false),
                Map.entry("veber", false));
        return Workflow.of("chem-pipeline", List.of(
                WorkflowNode.of("read", "retort.io.import-smiles", "1.0.0", Map.of("path", in.toString())),
                WorkflowNode.of("standardize", "retort.chem.standardize", "1.0.0", Map.of("inchikey", inchikey)),
                WorkflowNode.of("descriptors", "retort.chem.descriptors", "1.0.0", six),
                WorkflowNode.of("write", "retort.io.export-csv", "1.0.0", Map.of("path", out.toString(), "overwrite", true))),
                List.of(Edge.of("read.out", "standardize.in"), Edge.of("standardize.out", "descriptors.in"),
                        Edge.of("descriptors.out", "write.in")));
    }

    /** The CSV header the workflow writes. */
    static String header(boolean inchikey) {
        var names = new ArrayList<>(List.of("smiles", "name", "original", "standardization"));
        if (inchikey) {
            names.add("inchikey");
        }
        names.addAll(DescriptorSteps.columns());
        return String.join(",", names) + "\n";
    }

    /**
     * The plain loop over a whole file the way both chemistry benchmarks run it: the lines split into one
     * contiguous slice per thread, each thread with its own {@link PlainLoop} writing its own CSV file in
     * {@code directory} (the first one with the header), so the files put together in order are the
     * workflow's CSV file.
     */
    static final class PlainPasses implements AutoCloseable {

        private final List<PlainLoop> loops = new ArrayList<>();
        private final ExecutorService pool;
        private final Path directory;
        private final boolean inchikey;

        PlainPasses(int threads, boolean inchikey, Path directory) throws Exception {
            for (int i = 0; i < threads; i++) {
                loops.add(new PlainLoop(inchikey));
            }
            this.pool = Executors.newFixedThreadPool(threads);
            this.directory = directory;
            this.inchikey = inchikey;
        }

        /** One pass over {@code lines}, molecule by molecule, or step by step over batches of {@code staged} when positive; returns the rows written. */
        long run(List<String> lines, int staged) throws Exception {
            int threads = loops.size();
            var parts = new ArrayList<Future<Long>>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                List<String> slice = lines.subList(index * lines.size() / threads, (index + 1) * lines.size() / threads);
                parts.add(pool.submit(() -> {
                    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file(index), StandardCharsets.UTF_8), 1 << 16)) {
                        if (index == 0) {
                            out.write(header(inchikey));
                        }
                        return staged > 0 ? loops.get(index).runStaged(slice, out, staged) : loops.get(index).run(slice, out);
                    }
                }));
            }
            long written = 0;
            for (Future<Long> part : parts) {
                written += part.get();
            }
            return written;
        }

        /** The CSV file thread {@code thread} writes. */
        Path file(int thread) {
            return directory.resolve("plain-" + thread + ".csv");
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /**
     * The plain loop's work on one thread: per line, split off the name, parse the SMILES with CDK and
     * prepare it as {@code Structures.prepare} does (atom types, implicit hydrogens, rings, Daylight
     * aromaticity), standardize with the Standardize node's own steps ({@link StandardizeSteps}), compute
     * the six descriptors with the Descriptors node's own code ({@link DescriptorSteps}), and write the
     * CSV line the export writes. A molecule that fails (unparsable, impossible valence) is skipped, as
     * the export skips failed rows. One per thread: the CDK objects are not thread-safe.
     */
    static final class PlainLoop {

        private final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        private final StandardizeSteps standardize;
        private final boolean inchikey;
        private final StringBuilder line = new StringBuilder(256);

        PlainLoop(boolean inchikey) throws Exception {
            this.standardize = new StandardizeSteps(inchikey);
            this.inchikey = inchikey;
        }

        /** Processes {@code lines}, writing a CSV line per molecule that did not fail; returns the lines written. */
        long run(List<String> lines, Writer out) throws IOException {
            long written = 0;
            for (String text : lines) {
                if (text.isBlank() || Character.isWhitespace(text.charAt(0))) {
                    continue;
                }
                int space = firstWhitespace(text);
                String smiles = space < 0 ? text : text.substring(0, space);
                String name = space < 0 ? "" : text.substring(space).strip();
                try {
                    StandardizeSteps.Output standardized = standardize(smiles);
                    write(out, smiles, name, standardized, DescriptorSteps.of(standardized.structure()));
                    written++;
                } catch (Exception e) {
                    // a failed row: not written
                }
            }
            return written;
        }

        /**
         * The same work step by step over batches of {@code batch} molecules, as the workflow's nodes
         * do it: parse and standardize the batch, then the descriptors of the batch, then write it. A
         * diagnostic (see docs/benchmarks.md): it changes only the order of the work.
         */
        long runStaged(List<String> lines, Writer out, int batch) throws IOException {
            long written = 0;
            for (int from = 0; from < lines.size(); from += batch) {
                List<String> slice = lines.subList(from, Math.min(lines.size(), from + batch));
                var smiles = new String[slice.size()];
                var names = new String[slice.size()];
                var standardized = new StandardizeSteps.Output[slice.size()];
                var values = new Object[slice.size()][];
                for (int i = 0; i < slice.size(); i++) {
                    String text = slice.get(i);
                    if (text.isBlank() || Character.isWhitespace(text.charAt(0))) {
                        continue;
                    }
                    int space = firstWhitespace(text);
                    smiles[i] = space < 0 ? text : text.substring(0, space);
                    names[i] = space < 0 ? "" : text.substring(space).strip();
                    try {
                        standardized[i] = standardize(smiles[i]);
                    } catch (Exception e) {
                        // a failed row: not written
                    }
                }
                for (int i = 0; i < slice.size(); i++) {
                    if (standardized[i] != null) {
                        values[i] = DescriptorSteps.of(standardized[i].structure());
                    }
                }
                for (int i = 0; i < slice.size(); i++) {
                    if (standardized[i] != null) {
                        write(out, smiles[i], names[i], standardized[i], values[i]);
                        written++;
                    }
                }
            }
            return written;
        }

        private StandardizeSteps.Output standardize(String smiles) throws Exception {
            IAtomContainer structure = parser.parseSmiles(smiles);
            Structures.prepare(structure);
            return standardize.apply(structure);
        }

        private void write(Writer out, String smiles, String name, StandardizeSteps.Output standardized, Object[] values) throws IOException {
            line.setLength(0);
            text(standardized.smiles()).text(name).text(smiles).text(standardized.status());
            if (inchikey) {
                text(standardized.inchiKey());
            }
            for (Object value : values) {
                line.append(value == null ? "" : value.toString()).append(',');
            }
            line.setCharAt(line.length() - 1, '\n');
            out.append(line);
        }

        /** A text field as the CSV export writes it (formula guard, RFC 4180 quoting), then a comma. */
        private PlainLoop text(String value) {
            if (value != null) {
                String guarded = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || value.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
                        ? value : "'" + value;
                boolean quote = !guarded.isEmpty() && (guarded.charAt(0) == ' ' || guarded.charAt(guarded.length() - 1) == ' ');
                for (int i = 0; i < guarded.length() && !quote; i++) {
                    char c = guarded.charAt(i);
                    quote = c == ',' || c == '"' || c == '\n' || c == '\r';
                }
                line.append(quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded);
            }
            line.append(',');
            return this;
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
}
