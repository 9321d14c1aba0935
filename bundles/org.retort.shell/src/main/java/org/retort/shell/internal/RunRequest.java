package org.retort.shell.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.retort.engine.FileBindingException;
import org.retort.engine.FileBindings;
import org.retort.engine.NodeCatalog;
import org.retort.engine.workflow.Workflow;

/**
 * What a person asks for on the command line: a workflow, files bound to its sources
 * ({@code --input read=molecules.smi}) and a directory for what its sinks write ({@code --output out/}).
 *
 * <p>The binding itself is the engine's {@link FileBindings} (shared with the REST API): an input binds
 * a file to the {@code path} of the named source node; a source whose {@code path} in the workflow is
 * relative reads it from the workflow file's folder (so a workflow and its example data travel
 * together); every sink whose {@code path} is relative (or unset: then the file is named after the
 * node) writes into the output directory. Paths given on the command line are resolved against the
 * caller's directory.
 */
record RunRequest(Map<String, Path> inputs, Path outputDirectory, Path workflowDirectory) {

    RunRequest(Map<String, Path> inputs, Path outputDirectory) {
        this(inputs, outputDirectory, null);
    }

    RunRequest {
        inputs = Map.copyOf(inputs);
    }

    /** Parses {@code name=path} pairs; relative paths are resolved against {@code base}. */
    static Map<String, Path> parseInputs(List<String> pairs, Path base) {
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("--input takes node=path, not '" + pair + "'");
            }
            inputs.put(pair.substring(0, eq), base.resolve(pair.substring(eq + 1)).toAbsolutePath().normalize());
        }
        return inputs;
    }

    /**
     * The workflow with the files bound ({@link FileBindings}: sources relative to the workflow's folder,
     * sinks into the output directory); every mistake is reported, none silently ignored.
     */
    Workflow apply(Workflow workflow, NodeCatalog catalog) {
        try {
            return FileBindings.inputs(inputs).sourcesIn(workflowDirectory).outputsIn(outputDirectory).apply(workflow, catalog);
        } catch (FileBindingException e) {
            throw new IllegalArgumentException(e.problems().stream()
                    .map(p -> p.location().startsWith("inputs.") ? "--input " + p.location().substring("inputs.".length()) + ": " + p.message()
                            : p.toString())
                    .collect(Collectors.joining("\n")), e);
        }
    }
}
