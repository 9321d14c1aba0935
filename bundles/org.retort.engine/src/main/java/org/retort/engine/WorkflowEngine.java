package org.retort.engine;

import java.util.List;
import java.util.Optional;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;

/**
 * Runs workflows: validates, compiles each into Camel routes (one per node, bounded queues between
 * them), executes, caches every node's output by content address, and reports progress. Registered as
 * an OSGi service.
 */
public interface WorkflowEngine {

    /** Every problem of {@code workflow} against the node types installed now. */
    List<ValidationProblem> validate(Workflow workflow);

    /**
     * Queues a run of {@code workflow}; returns at once. When the workflow's only problems are node
     * types or versions that are not installed, the run is {@link RunState#WAITING} instead, its
     * {@link Run#failure()} saying "waiting for node type X vN"; it is validated again whenever node
     * types are added and queued once it validates (or fails, naming the problems, if it then does
     * not).
     *
     * @throws InvalidWorkflowException when the workflow has any other problem
     */
    Run start(Workflow workflow, RunOptions options) throws InvalidWorkflowException;

    /**
     * The Camel routes a run of {@code workflow} with {@code options} would use, as Camel YAML, for
     * people who review what runs: one route per node, named by node id, with its queue's settings
     * and a description of the node type, its kind and where its rows go. Compiled exactly as a run
     * compiles it, as if nothing were cached; nothing is started.
     *
     * @throws InvalidWorkflowException when the workflow does not validate, as {@link #start} would
     */
    String exportCamelYaml(Workflow workflow, RunOptions options) throws InvalidWorkflowException;

    /** The run {@code id}, while the engine remembers it. */
    Optional<Run> run(String id);

    /** The runs the engine remembers, newest last. */
    List<Run> runs();

    /** Registers {@code listener} for the events of every run. */
    void addListener(RunListener listener);

    /** Unregisters {@code listener}. */
    void removeListener(RunListener listener);
}
