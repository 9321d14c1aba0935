package org.retort.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.retort.engine.Run;
import org.retort.engine.RunEvent;
import org.retort.engine.RunListener;
import org.retort.engine.RunOptions;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.WorkflowValidator;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow engine service: validates, plans against the result cache, and runs each workflow on
 * its own Camel context, a few runs at a time; later runs wait queued.
 */
@Component(service = WorkflowEngine.class)
public final class Engine implements WorkflowEngine, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final int REMEMBERED_RUNS = 200;

    private final NodeCatalog catalog;
    private final ResultCache cache;
    private final ExecutorService runners;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, RunExecution> runs = new LinkedHashMap<>();

    @Activate
    public Engine(@Reference NodeCatalog catalog) {
        this(catalog, new ResultCache(2_000_000), 2);
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
    }

    @Override
    public List<ValidationProblem> validate(Workflow workflow) {
        return new WorkflowValidator(catalog).validate(workflow);
    }

    @Override
    public Run start(Workflow workflow, RunOptions options) throws InvalidWorkflowException {
        List<ValidationProblem> problems = validate(workflow);
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(problems);
        }
        var run = new RunExecution(workflow, ExecutionPlan.of(workflow, catalog, cache), options, cache, this::publish);
        synchronized (runs) {
            runs.put(run.id(), run);
            if (runs.size() > REMEMBERED_RUNS) {
                runs.values().removeIf(r -> r.state().terminal() && runs.size() > REMEMBERED_RUNS);
            }
        }
        publish(new RunEvent.StateChanged(run.id(), run.state(), ""));
        runners.execute(run);
        return run;
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

    private void publish(RunEvent event) {
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
        runs().forEach(Run::cancel);
        runners.shutdown();
    }
}
