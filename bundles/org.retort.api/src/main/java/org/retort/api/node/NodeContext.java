package org.retort.api.node;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * What the engine lends a node while it works: cancellation, counters, logging, a place for files.
 * Safe to use from several threads.
 */
public interface NodeContext {

    /** The id of the node in the workflow (not the node type), for messages. */
    String nodeId();

    /** The number of rows a source should put in one chunk. */
    int chunkSize();

    /** Whether the run was cancelled or failed elsewhere; a long loop should check this often. */
    boolean cancelled();

    /** Throws {@link CancellationException} when {@link #cancelled()}. */
    default void throwIfCancelled() {
        if (cancelled()) {
            throw new CancellationException("run cancelled");
        }
    }

    /** Adds {@code delta} to the counter {@code name} shown with the node's progress. */
    void count(String name, long delta);

    /** Logs an informational message, attributed to this node and run. */
    void info(String message);

    /** Logs a warning, attributed to this node and run. */
    void warn(String message);

    /** A directory private to this node in this run, created on first use and removed with the run. */
    Path workDirectory();

    /**
     * The id of the user who started the run (over the REST API or from the editor), for what a node records on
     * their behalf (a registered model's author, say); empty for headless runs and triggered runs.
     */
    default Optional<String> startedBy() {
        return Optional.empty();
    }
}
