package org.retort.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persisted run records: what ran, who asked, how it went. */
public interface Runs {

    /** Creates a {@link RunStatus#QUEUED} run. @throws StoreNotFoundException if the workspace does not exist */
    Run create(NewRun run);

    Optional<Run> find(String id);

    Optional<Run> findByEngineRunId(String engineRunId);

    /**
     * Moves the run to {@code status} at {@code at}: {@code RUNNING} sets the start time (once), a finished status
     * sets the end time.
     *
     * @param failureMessage why the run failed, or {@code null}
     * @throws StoreNotFoundException if there is no such run
     * @throws StoreConflictException if the run is finished already
     */
    Run updateStatus(String id, RunStatus status, String failureMessage, Instant at);

    /** Replaces the per-node counters. @throws StoreNotFoundException if there is no such run */
    void updateCounters(String id, String countersJson);

    /** @throws StoreNotFoundException if there is no such run */
    void setEngineRunId(String id, String engineRunId);

    /** Runs matching the query, newest first, with the total count. */
    Page<Run> list(RunQuery query, int offset, int limit);

    /** Runs not finished (queued, waiting, running), oldest first: what to recover after a restart. */
    List<Run> listUnfinished();
}
