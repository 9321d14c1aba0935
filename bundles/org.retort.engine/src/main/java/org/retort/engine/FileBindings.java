package org.retort.engine;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * Binds files to a workflow before it runs: files to its sources, an output folder to its sinks. The
 * command line, the REST API and triggers bind the same way.
 *
 * <p>The convention every file node follows: a node that reads or writes a file has a {@value #PATH}
 * parameter. An {@linkplain #inputs input} binds a file to the {@code path} of the named source node.
 * A source whose {@code path} is relative reads it from the {@linkplain #sourcesIn source folder} (the
 * workflow file's folder on the command line, so a workflow and its example data travel together).
 * A sink whose {@code path} is relative (or unset: then the file is named after the node) writes into
 * the {@linkplain #outputsIn output folder}. Absolute paths are left where they are.
 *
 * <p>{@linkplain #confined() Confined} bindings are for a server that runs workflows for many people:
 * a source must read a bound input or a file inside the source folder (an absolute path, or one that
 * leaves the folder with {@code ..}, is a problem naming the node), and every sink writes into the
 * output folder under its file name alone, whatever folders its path names (two sinks writing the same
 * file name is a problem).
 *
 * <pre>{@code
 * Workflow bound = FileBindings.inputs(Map.of("read", upload))
 *         .sourcesIn(dataFolder).outputsIn(runFolder).confined()
 *         .apply(workflow, catalog);
 * }</pre>
 *
 * Immutable; each {@code with…}-style method returns a changed copy.
 */
public final class FileBindings {

    /** The parameter every file node reads or writes its file from. */
    public static final String PATH = "path";

    private final Map<String, Path> inputs;
    private final Path sourceFolder;
    private final Path outputFolder;
    private final boolean confined;

    private FileBindings(Map<String, Path> inputs, Path sourceFolder, Path outputFolder, boolean confined) {
        this.inputs = inputs;
        this.sourceFolder = sourceFolder;
        this.outputFolder = outputFolder;
        this.confined = confined;
    }

    /** Bindings of nothing: the workflow's paths are used as they are. */
    public static FileBindings none() {
        return new FileBindings(Map.of(), null, null, false);
    }

    /** Binds {@code files} to the source nodes named by the keys (absolute or relative to the working directory). */
    public static FileBindings inputs(Map<String, Path> files) {
        return new FileBindings(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files)), null, null, false);
    }

    /** These bindings with relative source paths read from {@code folder} ({@code null}: left as they are). */
    public FileBindings sourcesIn(Path folder) {
        return new FileBindings(inputs, folder == null ? null : folder.toAbsolutePath().normalize(), outputFolder, confined);
    }

    /** These bindings with relative sink paths written into {@code folder} ({@code null}: left as they are). */
    public FileBindings outputsIn(Path folder) {
        return new FileBindings(inputs, sourceFolder, folder == null ? null : folder.toAbsolutePath().normalize(), confined);
    }

    /**
     * These bindings for a server: unbound sources must read inside the source folder, sinks write only
     * into the output folder (both folders must be set when {@link #apply} is called).
     */
    public FileBindings confined() {
        return new FileBindings(inputs, sourceFolder, outputFolder, true);
    }

    /** The files bound to source nodes, by node id. */
    public Map<String, Path> inputs() {
        return inputs;
    }

    /** Whether nodes of {@code type} read or write a file through a {@value #PATH} parameter. */
    public static boolean usesFile(NodeDescriptor type) {
        return type.parameters().stream().anyMatch(p -> p.name().equals(PATH));
    }

    /** Whether nodes of {@code type} read a file: sources with a {@value #PATH} parameter. */
    public static boolean readsFile(NodeDescriptor type) {
        return type.kind() == NodeKind.SOURCE && usesFile(type);
    }

    /** Whether nodes of {@code type} write a file: sinks with a {@value #PATH} parameter. */
    public static boolean writesFile(NodeDescriptor type) {
        return type.kind() == NodeKind.SINK && usesFile(type);
    }

    /**
     * {@code workflow} with the files bound. Node types that are not installed are left alone (the run
     * waits for them or validation names them).
     *
     * @throws FileBindingException listing every mistake (an input naming no node or a node that reads
     *                              no file; with confined bindings, a source reading outside its folder);
     *                              none is silently ignored
     */
    public Workflow apply(Workflow workflow, NodeCatalog catalog) {
        if (confined && (sourceFolder == null || outputFolder == null)) {
            throw new IllegalStateException("confined bindings need a source folder and an output folder");
        }
        List<ValidationProblem> problems = new ArrayList<>();
        Workflow bound = workflow;
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            WorkflowNode node = workflow.node(input.getKey()).orElse(null);
            String location = "inputs." + input.getKey();
            if (node == null) {
                problems.add(new ValidationProblem(location, "the workflow has no node '" + input.getKey() + "'"));
                continue;
            }
            NodeDescriptor type = catalog.find(node.type(), node.version()).orElse(null);
            if (type != null && !readsFile(type)) {
                problems.add(new ValidationProblem(location, "node '" + node.id() + "' (" + node.type() + ") does not read a file"));
                continue;
            }
            bound = bound.withNode(node.withParameter(PATH, input.getValue().toAbsolutePath().normalize().toString()));
        }
        Map<Path, String> written = new LinkedHashMap<>();
        for (WorkflowNode node : workflow.nodes()) {
            NodeDescriptor type = catalog.find(node.type(), node.version()).orElse(null);
            if (type == null) {
                continue;
            }
            Object path = node.parameters().get(PATH);
            if (readsFile(type) && !inputs.containsKey(node.id()) && path != null) {
                Path source = source(node, path.toString(), problems);
                if (source != null) {
                    bound = bound.withNode(bound.node(node.id()).orElseThrow().withParameter(PATH, source.toString()));
                }
            } else if (writesFile(type) && outputFolder != null) {
                Path target = target(node, path == null ? null : path.toString(), problems);
                String other = target == null ? null : written.putIfAbsent(target, node.id());
                if (confined && other != null) {
                    problems.add(new ValidationProblem("nodes[" + node.id() + "].parameters." + PATH, "node '" + node.id()
                            + "' writes '" + target.getFileName() + "' like node '" + other + "'; give each output its own file name"));
                } else if (target != null) {
                    bound = bound.withNode(bound.node(node.id()).orElseThrow().withParameter(PATH, target.toString()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FileBindingException(problems);
        }
        return bound;
    }

    /** Where a source reads {@code path}; {@code null} when it stays as it is or is a problem (added). */
    private Path source(WorkflowNode node, String path, List<ValidationProblem> problems) {
        String location = "nodes[" + node.id() + "].parameters." + PATH;
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            problems.add(new ValidationProblem(location, "node '" + node.id() + "' reads '" + path + "', which is not a file path"));
            return null;
        }
        if (given.isAbsolute()) {
            if (confined) {
                problems.add(new ValidationProblem(location, "node '" + node.id() + "' reads the absolute path '" + path
                        + "'; only files inside the data folder (given relative to it) or uploaded inputs may be read"));
            }
            return null;
        }
        if (sourceFolder == null) {
            return null;
        }
        Path resolved = sourceFolder.resolve(given).normalize();
        if (confined && !resolved.startsWith(sourceFolder)) {
            problems.add(new ValidationProblem(location, "node '" + node.id() + "' reads '" + path
                    + "', which leaves the data folder; only files inside it or uploaded inputs may be read"));
            return null;
        }
        return resolved;
    }

    /** Where a sink writes; {@code null} when it stays as it is or is a problem (added). */
    private Path target(WorkflowNode node, String path, List<ValidationProblem> problems) {
        Path given;
        try {
            given = path == null || path.isBlank() ? Path.of(node.id()) : Path.of(path);
        } catch (InvalidPathException e) {
            problems.add(new ValidationProblem("nodes[" + node.id() + "].parameters." + PATH,
                    "node '" + node.id() + "' writes '" + path + "', which is not a file path"));
            return null;
        }
        if (confined) {
            Path name = given.getFileName();
            String file = name == null || name.toString().equals("..") || name.toString().equals(".") ? node.id() : name.toString();
            return outputFolder.resolve(file);
        }
        return given.isAbsolute() ? null : outputFolder.resolve(given).normalize();
    }

    @Override
    public String toString() {
        return "FileBindings[inputs=" + inputs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) + ", sources=" + sourceFolder + ", outputs=" + outputFolder
                + (confined ? ", confined" : "") + "]";
    }
}
