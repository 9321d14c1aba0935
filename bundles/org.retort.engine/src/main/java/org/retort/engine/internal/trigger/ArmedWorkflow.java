package org.retort.engine.internal.trigger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.Trigger;
import org.retort.engine.workflow.Workflow;

/**
 * One armed workflow: a route per trigger, all reading the workflow through one reference so that
 * re-arming with unchanged triggers swaps the workflow without restarting anything.
 */
final class ArmedWorkflow {

    private final AtomicReference<Workflow> workflow;
    private final List<TriggerRoute> routes;

    private ArmedWorkflow(AtomicReference<Workflow> workflow, List<TriggerRoute> routes) {
        this.workflow = workflow;
        this.routes = List.copyOf(routes);
    }

    /**
     * Starts a route for every trigger of {@code workflow}; all or none.
     *
     * @throws IllegalArgumentException naming the trigger that cannot be armed, and why
     */
    static ArmedWorkflow arm(CamelContext camel, WorkflowEngine engine, TriggerSettings settings, Workflow workflow) {
        var current = new AtomicReference<>(workflow);
        var routes = new ArrayList<TriggerRoute>();
        int i = 0;
        try {
            for (; i < workflow.triggers().size(); i++) {
                TriggerRoute route = route(workflow.triggers().get(i), current, engine, settings);
                routes.add(route);
                TriggerCamel.add(camel, route);
            }
        } catch (Exception e) {
            new ArmedWorkflow(current, routes).disarm(camel);
            String what = workflow.triggers().get(i) instanceof Trigger.Schedule schedule ? "cron '" + schedule.cron() + "': " : "";
            throw new IllegalArgumentException("workflow " + workflow.id() + ", triggers[" + i + "]: " + what + rootMessage(e), e);
        }
        return new ArmedWorkflow(current, routes);
    }

    private static TriggerRoute route(Trigger trigger, AtomicReference<Workflow> workflow, WorkflowEngine engine,
            TriggerSettings settings) {
        String routeId = "trigger-" + safe(workflow.get().id()) + "-" + UUID.randomUUID();
        if (trigger instanceof Trigger.FileDrop drop) {
            Path store = settings.stateDirectory().resolve(safe(workflow.get().id())).resolve(safe(drop.folder()) + ".processed");
            return new FileDropRoute(routeId, drop, store, workflow::get, engine, settings);
        }
        return new ScheduleRoute(routeId, (Trigger.Schedule) trigger, workflow::get, engine, settings.runOptions());
    }

    /** {@code text} usable as one file name and in a Camel URI path. */
    static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    Workflow workflow() {
        return workflow.get();
    }

    /**
     * Later runs use {@code changed}, which has the same triggers.
     *
     * @throws IllegalArgumentException when a file-drop input no longer names a node of {@code changed};
     *                                  then runs keep using the workflow they had
     */
    void update(Workflow changed) {
        for (int i = 0; i < changed.triggers().size(); i++) {
            if (changed.triggers().get(i) instanceof Trigger.FileDrop drop) {
                try {
                    FileInput.of(changed, drop.input());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("workflow " + changed.id() + ", triggers[" + i + "]: " + e.getMessage(), e);
                }
            }
        }
        workflow.set(changed);
    }

    List<TriggerRoute> routes() {
        return routes;
    }

    /** The absolute watch folders of the file-drop triggers. */
    List<Path> folders() {
        return routes.stream().filter(FileDropRoute.class::isInstance).map(r -> ((FileDropRoute) r).folder()).toList();
    }

    /** Refuses further runs and cancels those going, then removes the routes. */
    void disarm(CamelContext camel) {
        routes.forEach(TriggerRoute::disarm);
        for (TriggerRoute route : routes) {
            TriggerCamel.remove(camel, route.routeId());
            route.close();
        }
    }
}
