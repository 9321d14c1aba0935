package org.retort.engine.internal.trigger;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.camel.builder.RouteBuilder;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.Workflow;

/**
 * The Camel route of one armed trigger and the one run it may have going. Starting a run and
 * disarming share a lock, so a run is either refused or seen (and cancelled) by {@link #disarm()} —
 * never started behind its back.
 */
abstract class TriggerRoute extends RouteBuilder {

    private final String routeId;
    private final Supplier<Workflow> workflow;
    private final WorkflowEngine engine;
    private final RunOptions options;
    private final Object lock = new Object();
    private boolean armed = true;
    private Run current;

    TriggerRoute(String routeId, Supplier<Workflow> workflow, WorkflowEngine engine, RunOptions options) {
        this.routeId = routeId;
        this.workflow = workflow;
        this.engine = engine;
        this.options = options;
    }

    final String routeId() {
        return routeId;
    }

    /** The workflow as armed now; re-arming with the same triggers changes it without a restart. */
    final Workflow workflow() {
        return workflow.get();
    }

    /**
     * Starts a run of the armed workflow as changed by {@code binding}; empty when the trigger is
     * disarmed or its previous run is still going.
     */
    final Optional<Run> start(UnaryOperator<Workflow> binding) throws InvalidWorkflowException {
        Workflow bound = binding.apply(workflow());
        synchronized (lock) {
            if (!armed || running().isPresent()) {
                return Optional.empty();
            }
            current = engine.start(bound, options);
            return Optional.of(current);
        }
    }

    /** The run this trigger started that is not over yet. */
    final Optional<Run> running() {
        synchronized (lock) {
            return Optional.ofNullable(current).filter(run -> !run.state().terminal());
        }
    }

    final boolean armed() {
        synchronized (lock) {
            return armed;
        }
    }

    /** Refuses every further run and cancels the one going, before the route itself is stopped. */
    final void disarm() {
        Optional<Run> going;
        synchronized (lock) {
            armed = false;
            going = running();
        }
        going.ifPresent(Run::cancel);
    }

    /** Releases what the route holds besides Camel's own resources; called after the route is removed. */
    void close() {
    }
}
