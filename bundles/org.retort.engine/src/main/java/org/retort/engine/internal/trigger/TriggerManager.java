package org.retort.engine.internal.trigger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.retort.engine.RunOptions;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.WorkflowTriggers;
import org.retort.engine.workflow.Trigger;
import org.retort.engine.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trigger service: arms the triggers of the workflows it is told about as routes in one Camel
 * context of its own, and disarms them. Immediate, because DS deactivates a delayed component whose
 * last user lets go, which would silently disarm every workflow. Configured by
 * {@code etc/org.retort.triggers.cfg}.
 */
@Component(service = WorkflowTriggers.class, configurationPid = "org.retort.triggers", immediate = true)
public final class TriggerManager implements WorkflowTriggers, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerManager.class);

    /** The settings of {@code etc/org.retort.triggers.cfg}. */
    public @interface Config {
        /** What relative watch folders resolve against; empty for {@code ${karaf.data}/retort}. */
        String baseDirectory() default "";

        /** Where the record of processed files is kept; empty for {@code <baseDirectory>/state/triggers}. */
        String stateDirectory() default "";

        /** How often watch folders are listed. */
        long pollMillis() default 1000;

        /** How often a file still being written is looked at again. */
        long readLockCheckMillis() default 1000;

        /** How long a file must be left unchanged before it is taken. */
        long readLockMinAgeMillis() default 5000;
    }

    private final WorkflowEngine engine;
    private final TriggerSettings settings;
    private final CamelContext camel;
    private final Map<String, ArmedWorkflow> armed = new LinkedHashMap<>();

    @Activate
    public TriggerManager(@Reference WorkflowEngine engine, Config config) throws Exception {
        this(engine, settings(config));
    }

    /** A trigger service starting runs on {@code engine}. */
    public TriggerManager(WorkflowEngine engine, TriggerSettings settings) throws Exception {
        this.engine = engine;
        this.settings = settings;
        this.camel = TriggerCamel.start();
        LOG.info("Triggers: watch folders under {}, state in {}", settings.baseDirectory(), settings.stateDirectory());
    }

    private static TriggerSettings settings(Config config) {
        Path base = config.baseDirectory().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "retort")
                : Path.of(config.baseDirectory());
        Path state = config.stateDirectory().isBlank() ? TriggerSettings.defaults(base).stateDirectory()
                : Path.of(config.stateDirectory());
        return new TriggerSettings(base, state, Duration.ofMillis(config.pollMillis()),
                Duration.ofMillis(config.readLockCheckMillis()), Duration.ofMillis(config.readLockMinAgeMillis()),
                RunOptions.defaults());
    }

    @Override
    public synchronized void arm(Workflow workflow) {
        ArmedWorkflow existing = armed.get(workflow.id());
        if (existing != null && existing.workflow().triggers().equals(workflow.triggers())) {
            existing.update(workflow);
            return;
        }
        checkFolders(workflow);
        disarm(workflow.id());
        if (workflow.triggers().isEmpty()) {
            return;
        }
        try {
            armed.put(workflow.id(), ArmedWorkflow.arm(camel, engine, settings, workflow));
        } catch (IllegalArgumentException e) {
            if (existing != null) {
                armed.put(workflow.id(), ArmedWorkflow.arm(camel, engine, settings, existing.workflow()));
            }
            throw e;
        }
        LOG.info("Workflow {}: {} trigger(s) armed", workflow.id(), workflow.triggers().size());
    }

    /** Two file-drop triggers on one folder would race for every file; refuse the second. */
    private void checkFolders(Workflow workflow) {
        var taken = new HashSet<Path>();
        armed.forEach((id, other) -> {
            if (!id.equals(workflow.id())) {
                taken.addAll(other.folders());
            }
        });
        for (Trigger trigger : workflow.triggers()) {
            if (trigger instanceof Trigger.FileDrop drop && !taken.add(settings.watchFolder(drop.folder()))) {
                throw new IllegalArgumentException("workflow " + workflow.id() + ": the watch folder "
                        + settings.watchFolder(drop.folder()) + " is already watched by a trigger");
            }
        }
    }

    @Override
    public synchronized void disarm(String workflowId) {
        ArmedWorkflow gone = armed.remove(workflowId);
        if (gone != null) {
            gone.disarm(camel);
            LOG.info("Workflow {}: triggers disarmed", workflowId);
        }
    }

    @Override
    public synchronized Set<String> armed() {
        return Set.copyOf(armed.keySet());
    }

    /** The routes of {@code workflowId}'s triggers, in trigger order; empty when it is not armed. */
    synchronized List<TriggerRoute> routes(String workflowId) {
        ArmedWorkflow workflow = armed.get(workflowId);
        return workflow == null ? List.of() : workflow.routes();
    }

    /** The number of routes in the trigger context. */
    int camelRoutes() {
        return camel.getRoutes().size();
    }

    /** The trigger context, for tests that look at its Quartz scheduler. */
    CamelContext camel() {
        return camel;
    }

    /** Disarms every workflow and stops the Camel context. */
    @Deactivate
    @Override
    public synchronized void close() {
        new ArrayList<>(armed.keySet()).forEach(this::disarm);
        TriggerCamel.stop(camel);
    }
}
