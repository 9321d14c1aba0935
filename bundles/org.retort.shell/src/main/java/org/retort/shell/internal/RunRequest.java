package org.retort.shell.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.NodeKind;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * What a person asks for on the command line: a workflow, files bound to its sources
 * ({@code --input read=molecules.smi}) and a directory for what its sinks write ({@code --output out/}).
 *
 * <p>The convention is the one every file node follows: a node that reads or writes a file has a
 * {@code path} parameter. An input binds a file to the {@code path} of the named source node; a
 * source whose {@code path} in the workflow is relative reads it from the workflow file's folder (so
 * a workflow and its example data travel together); every sink whose {@code path} is relative (or
 * unset: then the file is named after the node) writes into the output directory. Paths given on
 * the command line are resolved against the caller's directory.
 */
record RunRequest(Map<String, Path> inputs, Path outputDirectory, Path workflowDirectory) {

    RunRequest(Map<String, Path> inputs, Path outputDirectory) {
        this(inputs, outputDirectory, null);
    }

    static final String PATH = "path";

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

    /** The workflow with the files bound; every mistake is reported, none silently ignored. */
    Workflow apply(Workflow workflow, NodeCatalog catalog) {
        List<String> problems = new ArrayList<>();
        Workflow bound = workflow;
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            WorkflowNode node = workflow.node(input.getKey()).orElse(null);
            if (node == null) {
                problems.add("--input " + input.getKey() + ": the workflow has no node '" + input.getKey() + "'");
                continue;
            }
            NodeDescriptor type = catalog.find(node.type(), node.version()).orElse(null);
            if (type != null && (type.kind() != NodeKind.SOURCE || !hasPath(type))) {
                problems.add("--input " + node.id() + ": node '" + node.id() + "' (" + node.type() + ") does not read a file");
                continue;
            }
            bound = bound.withNode(node.withParameter(PATH, input.getValue().toString()));
        }
        if (workflowDirectory != null) {
            for (WorkflowNode node : workflow.nodes()) {
                NodeDescriptor type = catalog.find(node.type(), node.version()).orElse(null);
                Object path = node.parameters().get(PATH);
                if (type != null && type.kind() == NodeKind.SOURCE && hasPath(type) && path != null
                        && !inputs.containsKey(node.id()) && !Path.of(path.toString()).isAbsolute()) {
                    bound = bound.withNode(bound.node(node.id()).orElseThrow()
                            .withParameter(PATH, workflowDirectory.resolve(path.toString()).toAbsolutePath().normalize().toString()));
                }
            }
        }
        if (outputDirectory != null) {
            for (WorkflowNode node : workflow.nodes()) {
                NodeDescriptor type = catalog.find(node.type(), node.version()).orElse(null);
                if (type == null || type.kind() != NodeKind.SINK || !hasPath(type)) {
                    continue;
                }
                Object path = node.parameters().get(PATH);
                Path target = path == null ? Path.of(node.id()) : Path.of(path.toString());
                if (!target.isAbsolute()) {
                    bound = bound.withNode(bound.node(node.id()).orElseThrow()
                            .withParameter(PATH, outputDirectory.resolve(target).toAbsolutePath().normalize().toString()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return bound;
    }

    private static boolean hasPath(NodeDescriptor type) {
        return type.parameters().stream().anyMatch(p -> p.name().equals(PATH));
    }
}
