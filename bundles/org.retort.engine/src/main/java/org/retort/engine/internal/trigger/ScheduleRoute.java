package org.retort.engine.internal.trigger;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.Trigger;
import org.retort.engine.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a run at every firing of a Quartz cron expression (Camel's {@code quartz} component, which
 * {@code org.retort.lib.camel} embeds; its cron has seconds and {@code ?}, as the format documents).
 * A firing while the previous run is still going is skipped and logged: queueing them would pile up
 * runs without bound when a run takes longer than the period.
 */
final class ScheduleRoute extends TriggerRoute {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRoute.class);

    /**
     * How long after arming the trigger starts. Camel schedules the Quartz job before it registers the
     * route, and a firing in between finds no route: Camel then makes a second endpoint for the same
     * trigger, which fails ("Trigger key … is already in use") and may delete the trigger, so the
     * schedule never fires again. Quartz computes a cron trigger's first firing from one second before
     * its start, so Camel's default delay (500 ms) still lets a firing due in the past second happen at
     * once; two seconds leave at least one. A cron time due within a second of arming is skipped.
     */
    static final long START_DELAY_MILLIS = 2_000;

    private final Trigger.Schedule schedule;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    ScheduleRoute(String routeId, Trigger.Schedule schedule, Supplier<Workflow> workflow, WorkflowEngine engine,
            RunOptions options) {
        super(routeId, workflow, engine, options);
        this.schedule = schedule;
    }

    @Override
    public void configure() {
        // RAW(): the expression reaches Quartz as written, '#' (6#3, third Friday), '?' and spaces included.
        // The trigger is named after the route, whose id is unique to this arming: a trigger key is never reused.
        fromF("quartz://retort-triggers/%s?cron=RAW(%s)&triggerStartDelay=%d", routeId(), schedule.cron().trim(), START_DELAY_MILLIS)
                .routeId(routeId())
                .process(exchange -> fire());
    }

    private void fire() {
        Optional<Run> previous = running();
        try {
            Optional<Run> run = start(UnaryOperator.identity());
            if (run.isPresent()) {
                started.incrementAndGet();
                LOG.info("Workflow {}: schedule '{}' started run {}", workflow().id(), schedule.cron(), run.get().id());
            } else if (armed()) {
                skipped.incrementAndGet();
                LOG.info("Workflow {}: schedule '{}' skipped a firing, run {} is still going", workflow().id(),
                        schedule.cron(), previous.or(this::running).map(Run::id).orElse("?"));
            }
        } catch (InvalidWorkflowException e) {
            LOG.warn("Workflow {}: schedule '{}' could not start a run: {}", workflow().id(), schedule.cron(), e.getMessage());
        }
    }

    /** Runs this schedule started. */
    int started() {
        return started.get();
    }

    /** Firings skipped because the previous run was still going. */
    int skipped() {
        return skipped.get();
    }
}
