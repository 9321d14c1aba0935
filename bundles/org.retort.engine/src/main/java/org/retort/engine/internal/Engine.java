package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.NodeCatalog;
import org.retort.engine.PaletteListener;
import org.retort.engine.Run;
import org.retort.engine.RunEvent;
import org.retort.engine.RunListener;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.WorkflowValidator;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow engine service: validates, plans against the result cache, and runs each workflow on
 * its own Camel context, a few runs at a time; later runs wait queued. A workflow whose node types are
 * not all installed gets a {@link WaitingRun}, retried whenever node types are added.
 */
@Component(service = WorkflowEngine.class)
public final class Engine implements WorkflowEngine, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final int REMEMBERED_RUNS = 200;

    private final NodeCatalog catalog;
    private final ResultCache cache;
    private final ExecutorService runners;
    private final ExecutorService retries;
    private final PaletteListener palette = (change, node) -> {
        if (change == PaletteListener.Change.ADDED) {
            retryWaiting();
        }
    };
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Run> runs = new LinkedHashMap<>();

    /**
     * Rows the result cache may make the heap keep, over all runs: stored outputs and outputs being
     * captured, together. A molecule row keeps its parsed structure, a few kilobytes, so at worst this
     * is some 100–250 MB, and a run of any size streams through a 512 MB heap.
     */
    static final long CACHE_ROWS = 50_000;

    @Activate
    public Engine(@Reference NodeCatalog catalog) {
        this(catalog, new ResultCache(CACHE_ROWS), 2);
    }

    /** An engine over {@code catalog} caching up to the cache's bound and running {@code parallelRuns} runs at once. */
    public Engine(NodeCatalog catalog, ResultCache cache, int parallelRuns) {
        this.catalog = catalog;
        this.cache = cache;
        var threads = new AtomicInteger();
        this.runners = Executors.newFixedThreadPool(parallelRuns, r -> {
            Thread t = new Thread(r, "retort-run-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.retries = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "retort-waiting-runs");
            t.setDaemon(true);
            return t;
        });
        catalog.addListener(palette);
    }

    @Override
    public List<ValidationProblem> validate(Workflow workflow) {
        return new WorkflowValidator(catalog).validate(workflow);
    }

    @Override
    public Run start(Workflow workflow, RunOptions options) throws InvalidWorkflowException {
        List<ValidationProblem> problems = validate(workflow);
        String id = UUID.randomUUID().toString();
        if (problems.isEmpty()) {
            RunExecution run = prepare(id, workflow, options);
            remember(run);
            launch(run);
            return run;
        }
        if (!WaitingRun.onlyAboutTypes(workflow, problems)) {
            throw new InvalidWorkflowException(problems);
        }
        List<String> missing = WaitingRun.missingTypes(workflow, catalog);
        if (missing.isEmpty()) {
            return start(workflow, options); // they arrived since validate
        }
        var waiting = new WaitingRun(id, workflow, options, missing, this);
        remember(waiting);
        publish(new RunEvent.StateChanged(id, RunState.WAITING, waiting.failure()));
        retries.execute(waiting::retry); // the types may have arrived since validate
        return waiting;
    }

    private void remember(Run run) {
        synchronized (runs) {
            runs.put(run.id(), run);
            if (runs.size() > REMEMBERED_RUNS) {
                runs.values().removeIf(r -> r.state().terminal() && runs.size() > REMEMBERED_RUNS);
            }
        }
    }

    /** The execution of a run of {@code workflow}, which validates now. */
    RunExecution prepare(String id, Workflow workflow, RunOptions options) {
        return new RunExecution(id, workflow, ExecutionPlan.of(workflow, catalog, cache), options, cache, this::publish);
    }

    /** Queues {@code run}. */
    void launch(RunExecution run) {
        if (run.queue()) {
            runners.execute(run);
        }
    }

    NodeCatalog catalog() {
        return catalog;
    }

    private void retryWaiting() {
        for (Run run : runs()) {
            if (run instanceof WaitingRun waiting && run.state() == RunState.WAITING) {
                retries.execute(waiting::retry);
            }
        }
    }

    @Override
    public String exportCamelYaml(Workflow workflow, RunOptions options) throws InvalidWorkflowException {
        List<ValidationProblem> problems = validate(workflow);
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(problems);
        }
        try {
            return CamelYamlExport.of(workflow, catalog, options);
        } catch (Exception e) {
            throw new IllegalStateException("cannot export workflow " + workflow.id() + " as Camel YAML: " + e, e);
        }
    }

    void publish(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Run listener {} failed: {}", listener, e.toString());
            }
        }
    }

    @Override
    public Optional<Run> run(String id) {
        synchronized (runs) {
            return Optional.ofNullable(runs.get(id));
        }
    }

    @Override
    public List<Run> runs() {
        synchronized (runs) {
            return new ArrayList<>(runs.values());
        }
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    /** Cancels every run and stops the runner threads. */
    @Deactivate
    @Override
    public void close() {
        catalog.removeListener(palette);
        runs().forEach(Run::cancel);
        retries.shutdown();
        runners.shutdown();
    }
}
