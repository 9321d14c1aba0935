package org.retort.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.retort.auth.Caller;
import org.retort.engine.FileBindingException;
import org.retort.engine.FileBindings;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.NodeStats;
import org.retort.engine.RunEvent;
import org.retort.engine.RunListener;
import org.retort.engine.RunOptions;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;
import org.retort.store.Artifact;
import org.retort.store.Artifacts;
import org.retort.store.Dataset;
import org.retort.store.DatasetVersion;
import org.retort.store.Datasets;
import org.retort.store.AuditLog;
import org.retort.store.NewRun;
import org.retort.store.Run;
import org.retort.store.RunStatus;
import org.retort.store.Runs;
import org.retort.store.StoreConflictException;
import org.retort.store.StoreException;
import org.retort.store.WorkflowVersion;
import org.retort.store.Workflows;
import org.retort.store.Workspaces;
import org.retort.web.Problem;
import org.retort.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs submitted over REST: persisted in {@link Runs}, executed by the {@link WorkflowEngine}, followed
 * through its events (status, timings, per-node counters), and at the end every file the run's sinks
 * wrote is put into {@link Artifacts}. Submissions and cancellations are audited.
 *
 * <p><b>Files on a server that runs workflows for many people.</b> A run reads only the artifacts bound
 * through its {@code inputs} ({@code "read": "artifact:<sha256>"}, which the submitter uploaded) and
 * files under the shared data folder (configuration {@code org.retort.rest}, {@code dataFolder}, by
 * default {@code ${karaf.home}/examples} so the shipped example workflows run): a source's relative
 * path is read from there, an absolute one or one leaving the folder with {@code ..} is refused (400,
 * naming the node). Every sink writes into the run's own folder, {@code ${karaf.data}/retort/runs/<runId>/},
 * under its file name alone. See {@link FileBindings#confined()}.
 *
 * <p><b>What the store keeps.</b> The run's {@code countersJson} holds {@code {"nodes": [per-node
 * stats], "outputs": [{name, node, sha256, size, mediaType}]}}; outputs are recorded when the run
 * succeeded. No schema change.
 *
 * <p><b>Restarts.</b> When this component starts, runs the store lists as unfinished but the engine does
 * not know (Retort was stopped while they were going) are marked FAILED with "interrupted: Retort
 * stopped while the run was going; retry it". Resuming them from cached node outputs is later work.
 */
@Component(service = RunService.class, configurationPid = "org.retort.rest", immediate = true)
@Designate(ocd = RunService.Config.class)
public final class RunService implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

    /** The failure message of a run that was going when Retort stopped. */
    static final String INTERRUPTED = "interrupted: Retort stopped while the run was going; retry it";

    private static final Pattern ARTIFACT = Pattern.compile("artifact:([0-9a-f]{64})");
    private static final Pattern DATASET = Pattern.compile("dataset:([0-9A-Za-z-]{1,64})(?:@([1-9][0-9]{0,8}))?");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Settings of the REST API's runs, in {@code etc/org.retort.rest.cfg}. */
    @ObjectClassDefinition(name = "Retort REST runs", description = "Where runs submitted over REST may read files and write their outputs.")
    public @interface Config {

        @AttributeDefinition(description = "The shared data folder: the only files (besides uploaded inputs) a run submitted over REST may read; relative source paths resolve against it.")
        String dataFolder() default "${karaf.home}/examples";

        @AttributeDefinition(description = "Where each run gets its own output folder, <runsFolder>/<runId>/.")
        String runsFolder() default "${karaf.data}/retort/runs";
    }

    /**
     * What {@code POST /api/v1/workflows/{id}/runs} takes.
     *
     * @param version the workflow version to run; the latest when {@code null}
     * @param inputs  {@code "artifact:<sha256>"}, {@code "dataset:<id>"} (its latest version, pinned at submission) or
     *                {@code "dataset:<id>@<version>"} per source node id, or {@code null}
     */
    /**
     * What a run request asks for: a version (the latest when {@code null}), inputs per source node, and optionally
     * a node to stop at ({@code upTo}: that node and what it depends on run; the rest does not).
     */
    public record Submission(Integer version, Map<String, String> inputs, String upTo) {
    }

    /** Something that happened to a run, for its SSE stream: {@code progress}, {@code state} or {@code end}. */
    public record Update(String name, Object data) {
    }

    /** One file a run wrote, stored as an artifact. */
    public record Output(String name, String node, String sha256, long size, String mediaType) {
    }

    /** What {@code countersJson} holds. */
    public record Counters(List<NodeStats> nodes, List<Output> outputs) {
    }

    /** A run being followed. */
    private static final class Active {
        final String runId;
        final Path folder;
        volatile String engineRunId;
        final List<Consumer<Update>> subscribers = new CopyOnWriteArrayList<>();

        Active(String runId, Path folder) {
            this.runId = runId;
            this.folder = folder;
        }
    }

    private final WorkflowEngine engine;
    private final NodeCatalog catalog;
    private final Runs runs;
    private final Workflows workflows;
    private final Artifacts artifacts;
    private final AuditLog audit;
    private final ArtifactAccess artifactAccess;
    private final Path dataFolder;
    private final Path runsFolder;
    private final RunOptions options;
    private final Object starting = new Object();
    private final Map<String, Active> active = new ConcurrentHashMap<>();
    private final Map<String, Active> byEngineId = new ConcurrentHashMap<>();
    private final Datasets datasets;
    private final WorkspaceAccess workspaceAccess;
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "retort-rest-runs");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public RunService(@Reference WorkflowEngine engine, @Reference NodeCatalog catalog, @Reference Runs runs,
            @Reference Workflows workflows, @Reference Artifacts artifacts, @Reference Datasets datasets,
            @Reference Workspaces workspaces, @Reference AuditLog audit, Config config) {
        this(engine, catalog, runs, workflows, artifacts, datasets, workspaces, audit, Path.of(expand(config.dataFolder())),
                Path.of(expand(config.runsFolder())));
    }

    /** A service with explicit folders (tests). */
    RunService(WorkflowEngine engine, NodeCatalog catalog, Runs runs, Workflows workflows, Artifacts artifacts, Datasets datasets,
            Workspaces workspaces, AuditLog audit, Path dataFolder, Path runsFolder) {
        this.datasets = datasets;
        this.workspaceAccess = new WorkspaceAccess(workspaces);
        this.engine = engine;
        this.catalog = catalog;
        this.runs = runs;
        this.workflows = workflows;
        this.artifacts = artifacts;
        this.audit = audit;
        this.artifactAccess = new ArtifactAccess(audit);
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.runsFolder = runsFolder.toAbsolutePath().normalize();
        this.options = RunOptions.defaults().withWorkDirectory(this.runsFolder.resolveSibling("work"));
        engine.addListener(this);
        failInterrupted();
    }

    @Deactivate
    void deactivate() {
        engine.removeListener(this);
        events.shutdown();
        try {
            events.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code ${name}} replaced by the system property {@code name} (Karaf's {@code karaf.home}, {@code karaf.data}). */
    static String expand(String value) {
        Matcher m = VARIABLE.matcher(value);
        var out = new StringBuilder();
        while (m.find()) {
            String property = System.getProperty(m.group(1));
            if (property == null) {
                property = m.group(1).equals("karaf.data") ? System.getProperty("java.io.tmpdir") + "/retort-data"
                        : System.getProperty("user.dir");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(property));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void failInterrupted() {
        for (Run run : runs.listUnfinished()) {
            if (run.engineRunId() == null || engine.run(run.engineRunId()).isEmpty()) {
                try {
                    runs.updateStatus(run.id(), RunStatus.FAILED, INTERRUPTED, Instant.now());
                    audit.record(AuditLog.SYSTEM, "run.interrupted", "run:" + run.id(), INTERRUPTED, null);
                } catch (StoreException e) {
                    LOG.warn("Could not mark interrupted run {} failed: {}", run.id(), e.toString());
                }
            }
        }
    }

    /**
     * Starts a run of version {@code version} of a stored workflow.
     *
     * @param inputs  {@code "artifact:<sha256>"} per source node, or {@code null}
     * @param retryOf the run this one retries (its inputs were checked when it was submitted), or {@code null}
     * @param upTo    the node to stop at (it and what it depends on run), or {@code null} for the whole workflow
     * @throws ProblemException 404 (no such version or artifact), 400 (inputs or paths not allowed, an unknown
     *                          {@code upTo} node), 422 (the workflow does not validate)
     */
    Run submit(Caller caller, String workspaceId, String workflowId, int version, Map<String, String> inputs, String retryOf,
            String upTo) {
        WorkflowVersion stored = workflows.version(workflowId, version)
                .orElseThrow(() -> WorkspaceAccess.notFound("version " + version + " of workflow '" + workflowId + "'"));
        Workflow document = WorkflowToolsResource.parse(stored.document());
        if (upTo != null && !upTo.isBlank()) {
            if (document.node(upTo).isEmpty()) {
                throw new ProblemException(Problem.of(400, "Unknown node", "Version " + version + " of the workflow has no node '"
                        + upTo + "' to run up to.").with("node", upTo));
            }
            document = document.upTo(upTo);
        } else {
            upTo = null;
        }
        Map<String, String> given = inputs == null ? Map.of() : new LinkedHashMap<>(inputs);
        Map<String, Path> files = inputFiles(caller, given, retryOf != null);
        FileBindings bindings = FileBindings.inputs(files).sourcesIn(dataFolder).confined();
        bind(bindings.outputsIn(runsFolder.resolve("unsubmitted")), document); // every problem before anything is recorded

        NewRun newRun = NewRun.of(workspaceId, workflowId, version, caller.userId()).withInputs(json(given))
                .withNodeVersions(json(nodeVersions(document))).withUpTo(upTo);
        Run run = runs.create(retryOf == null ? newRun : newRun.retrying(retryOf));
        Path folder = runsFolder.resolve(run.id());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            runs.updateStatus(run.id(), RunStatus.FAILED, "could not create the run's folder: " + e.getMessage(), Instant.now());
            throw new UncheckedIOException(e);
        }
        Workflow bound = bind(bindings.outputsIn(folder), document);
        Active following = new Active(run.id(), folder);
        active.put(run.id(), following);
        org.retort.engine.Run started;
        synchronized (starting) {
            try {
                started = engine.start(bound, options.withStartedBy(caller.userId()));
            } catch (InvalidWorkflowException e) {
                active.remove(run.id());
                List<WorkflowProblem> problems = WorkflowProblem.of(bound, e.problems());
                runs.updateStatus(run.id(), RunStatus.FAILED, "the workflow does not validate: " + e.getMessage(), Instant.now());
                throw new ProblemException(Problem.of(422, "Invalid workflow", "Version " + version + " of the workflow does not validate ("
                        + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "); fix it and run again.")
                        .with("problems", problems).with("run", run.id()));
            }
            following.engineRunId = started.id();
            byEngineId.put(started.id(), following);
        }
        runs.setEngineRunId(run.id(), started.id());
        audit.record(caller.userId(), "run.submit", "run:" + run.id(), "workflow:" + workflowId + " v" + version
                + (given.isEmpty() ? "" : " inputs " + given) + (retryOf == null ? "" : " retrying run:" + retryOf), null);
        return runs.find(run.id()).orElse(run);
    }

    private Workflow bind(FileBindings bindings, Workflow document) {
        try {
            return bindings.apply(document, catalog);
        } catch (FileBindingException e) {
            List<Map<String, String>> problems = e.problems().stream().map(RunService::problem).toList();
            throw new ProblemException(Problem.of(400, "Files not allowed", String.join(" ", e.problems().stream()
                    .map(ValidationProblem::message).toList())).with("problems", problems));
        }
    }

    private static Map<String, String> problem(ValidationProblem p) {
        var map = new LinkedHashMap<String, String>();
        map.put("location", p.location());
        String location = p.location();
        map.put("node", location.startsWith("inputs.") ? location.substring("inputs.".length())
                : location.startsWith("nodes[") ? location.substring("nodes[".length(), location.indexOf(']')) : null);
        map.put("message", p.message());
        return map;
    }

    private Map<String, Path> inputFiles(Caller caller, Map<String, String> inputs, boolean retry) {
        var files = new LinkedHashMap<String, Path>();
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            Matcher d = DATASET.matcher(input.getValue() == null ? "" : input.getValue());
            if (d.matches()) {
                DatasetVersion version = datasetVersion(caller, input.getKey(), d.group(1), d.group(2), retry);
                input.setValue("dataset:" + version.datasetId() + "@" + version.version()); // pinned: a retry reads the same rows
                files.put(input.getKey(), artifacts.path(version.artifactSha256()));
                continue;
            }
            Matcher m = ARTIFACT.matcher(input.getValue() == null ? "" : input.getValue());
            if (!m.matches()) {
                throw new ProblemException(Problem.of(400, "Bad input", "Input '" + input.getKey()
                        + "' must be \"artifact:<sha256>\" of an uploaded file (POST /api/v1/artifacts) or \"dataset:<id>\" "
                        + "(its latest version) or \"dataset:<id>@<version>\".").with("node", input.getKey()));
            }
            String sha = m.group(1);
            if (!artifacts.exists(sha) || (!retry && !artifactAccess.mayRead(caller, sha))) {
                throw new ProblemException(Problem.of(400, "Bad input", "Input '" + input.getKey() + "' names artifact " + sha
                        + ", which does not exist or was not uploaded by you.").with("node", input.getKey()));
            }
            files.put(input.getKey(), artifacts.path(sha));
        }
        return files;
    }

    /** A dataset version a run may read: the caller (or, for a retry, the original submitter) sees its workspace. */
    private DatasetVersion datasetVersion(Caller caller, String node, String datasetId, String version, boolean retry) {
        Dataset dataset = datasets.find(datasetId).filter(found -> retry || workspaceAccess.canRead(caller, found.workspaceId()))
                .orElseThrow(() -> new ProblemException(Problem.of(400, "Bad input", "Input '" + node + "' names dataset '" + datasetId
                        + "', which does not exist or is not in a workspace of yours.").with("node", node)));
        return (version == null ? datasets.latestVersion(dataset.id()) : datasets.version(dataset.id(), Integer.parseInt(version)))
                .orElseThrow(() -> new ProblemException(Problem.of(400, "Bad input", "Input '" + node + "': dataset '" + dataset.name()
                        + "' has " + (version == null ? "no version yet" : "no version " + version) + ".").with("node", node)));
    }

    private Map<String, String> nodeVersions(Workflow workflow) {
        var versions = new LinkedHashMap<String, String>();
        workflow.nodes().forEach(n -> versions.put(n.id(), n.type() + "@" + n.version()));
        return versions;
    }

    /**
     * Asks the run to stop; it is {@code CANCELLED} within about a second.
     *
     * @throws ProblemException 409 when it is over already
     */
    Run cancel(Caller caller, Run run) {
        if (run.status().finished()) {
            throw new ProblemException(409, "Conflict", "The run is " + run.status().name().toLowerCase(Locale.ROOT) + " already.");
        }
        audit.record(caller.userId(), "run.cancel", "run:" + run.id(), null, null);
        Optional<org.retort.engine.Run> live = engineRun(run);
        if (live.isPresent()) {
            live.get().cancel();
        } else {
            try {
                runs.updateStatus(run.id(), RunStatus.CANCELLED, "cancelled by " + caller.username(), Instant.now());
            } catch (StoreConflictException e) {
                // it ended meanwhile
            }
        }
        return runs.find(run.id()).orElse(run);
    }

    /** The engine's run behind {@code run}, while the engine remembers it. */
    Optional<org.retort.engine.Run> engineRun(Run run) {
        return run.engineRunId() == null ? Optional.empty() : engine.run(run.engineRunId());
    }

    /** The run as the API shows it: per-node progress live from the engine while it runs, else from the store. */
    Map<String, Object> view(Run run, boolean nodes) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", run.id());
        map.put("workspaceId", run.workspaceId());
        map.put("workflowId", run.workflowId());
        map.put("workflowVersion", run.workflowVersion());
        map.put("submittedBy", run.submittedBy());
        map.put("status", run.status());
        map.put("failureMessage", run.failureMessage());
        map.put("inputs", read(run.inputsJson(), new TypeReference<Map<String, String>>() { }, Map.of()));
        map.put("retryOf", run.retryOf());
        map.put("upTo", run.upTo());
        map.put("createdAt", run.createdAt());
        map.put("startedAt", run.startedAt());
        map.put("endedAt", run.endedAt());
        if (nodes) {
            Counters counters = counters(run);
            List<NodeStats> stats = run.status().finished() ? counters.nodes()
                    : engineRun(run).map(org.retort.engine.Run::nodes).orElse(counters.nodes());
            map.put("nodes", stats);
            map.put("outputs", counters.outputs());
        }
        return map;
    }

    /** What the store keeps of the run's nodes and outputs. */
    Counters counters(Run run) {
        Counters c = read(run.countersJson(), new TypeReference<Counters>() { }, null);
        return c == null ? new Counters(List.of(), List.of())
                : new Counters(c.nodes() == null ? List.of() : c.nodes(), c.outputs() == null ? List.of() : c.outputs());
    }

    /**
     * Sends {@code subscriber} the run's state now, then every update until it ends, in order; then
     * {@code done}. For a run that is over: the state and the end, then {@code done}.
     */
    void subscribe(Run run, Consumer<Update> subscriber, Runnable done) {
        events.execute(() -> {
            Run now = runs.find(run.id()).orElse(run);
            Active following = active.get(run.id());
            subscriber.accept(new Update("state", view(now, true)));
            if (following == null || now.status().finished()) {
                subscriber.accept(new Update("end", view(now, true)));
                done.run();
                return;
            }
            following.subscribers.add(update -> {
                subscriber.accept(update);
                if (update.name().equals("end")) {
                    done.run();
                }
            });
        });
    }

    @Override
    public void onEvent(RunEvent event) {
        try {
            events.execute(() -> handle(event));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // deactivated
        }
    }

    private void handle(RunEvent event) {
        synchronized (starting) {
            // a run's first events may come while submit() still holds the lock: wait until it is known
        }
        Active following = byEngineId.get(event.runId());
        if (following == null) {
            return; // not a run of ours (the shell's, a trigger's)
        }
        try {
            if (event instanceof RunEvent.NodeProgress progress) {
                notify(following, new Update("progress", progress.stats()));
            } else if (event instanceof RunEvent.StateChanged changed) {
                RunStatus status = RunStatus.valueOf(changed.state().name());
                String message = changed.message() == null || changed.message().isEmpty() ? null : changed.message();
                if (status.finished()) {
                    finish(following, status, message);
                } else {
                    notify(following, new Update("state", view(runs.updateStatus(following.runId, status, message, Instant.now()), true)));
                }
            }
        } catch (StoreException e) {
            LOG.warn("Could not record {} of run {}: {}", event, following.runId, e.toString());
        }
    }

    private void finish(Active following, RunStatus status, String message) {
        Optional<org.retort.engine.Run> live = engine.run(following.engineRunId);
        List<NodeStats> nodes = live.map(org.retort.engine.Run::nodes).orElse(List.of());
        List<Output> outputs = status == RunStatus.SUCCEEDED && live.isPresent() ? store(live.get().workflow()) : List.of();
        Run run;
        try {
            runs.updateCounters(following.runId, json(new Counters(nodes, outputs)));
            run = runs.updateStatus(following.runId, status, message == null || message.isEmpty() ? null : message, Instant.now());
        } catch (StoreConflictException e) {
            run = runs.find(following.runId).orElseThrow(); // cancelled in the store while the engine did not know it
        } finally {
            active.remove(following.runId);
            byEngineId.remove(following.engineRunId);
        }
        notify(following, new Update("end", view(run, true)));
        following.subscribers.clear();
    }

    /** Every file the workflow's sinks wrote, put into the artifact store. */
    private List<Output> store(Workflow bound) {
        var outputs = new ArrayList<Output>();
        for (WorkflowNode node : bound.nodes()) {
            NodeDescriptor type = catalog.find(node.type(), node.version()).orElse(null);
            Object path = node.parameters().get(FileBindings.PATH);
            if (type == null || !FileBindings.writesFile(type) || path == null) {
                continue;
            }
            Path file = Path.of(path.toString());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String name = file.getFileName().toString();
            String mediaType = mediaType(name);
            try (InputStream in = Files.newInputStream(file)) {
                Artifact stored = artifacts.put(in, mediaType, name);
                outputs.add(new Output(name, node.id(), stored.sha256(), stored.size(), mediaType));
            } catch (IOException | StoreException e) {
                LOG.warn("Could not store output {} of node {}: {}", file, node.id(), e.toString());
            }
        }
        return outputs;
    }

    static String mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? "text/csv"
                : lower.endsWith(".tsv") ? "text/tab-separated-values"
                : lower.endsWith(".smi") || lower.endsWith(".smiles") ? "chemical/x-daylight-smiles"
                : lower.endsWith(".sdf") || lower.endsWith(".mol") ? "chemical/x-mdl-sdfile"
                : lower.endsWith(".json") ? "application/json"
                : lower.endsWith(".pdf") ? "application/pdf"
                : lower.endsWith(".txt") ? "text/plain"
                : "application/octet-stream";
    }

    private static void notify(Active following, Update update) {
        for (Consumer<Update> subscriber : following.subscribers) {
            try {
                subscriber.accept(update);
            } catch (RuntimeException e) {
                following.subscribers.remove(subscriber);
            }
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type, T otherwise) {
        if (json == null || json.isBlank()) {
            return otherwise;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            return otherwise;
        }
    }
}
