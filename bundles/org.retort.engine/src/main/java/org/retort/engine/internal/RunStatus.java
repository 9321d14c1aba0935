package org.retort.engine.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.retort.engine.RunEvent;
import org.retort.engine.RunState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one run: moves only forward until it is over, and tells the listeners each move. */
final class RunStatus {

    private static final Logger LOG = LoggerFactory.getLogger(RunStatus.class);

    private final String runId;
    private final String workflowId;
    private final Consumer<RunEvent> events;
    private final CountDownLatch over = new CountDownLatch(1);
    private volatile RunState state = RunState.QUEUED;

    RunStatus(String runId, String workflowId, Consumer<RunEvent> events) {
        this.runId = runId;
        this.workflowId = workflowId;
        this.events = events;
    }

    RunState state() {
        return state;
    }

    /** Moves to {@code next} unless the run is already over; returns whether it moved. */
    boolean transition(RunState next, String message) {
        synchronized (this) {
            if (state.terminal()) {
                return false;
            }
            state = next;
        }
        LOG.debug("Run {} of {} is {}", runId, workflowId, next);
        events.accept(new RunEvent.StateChanged(runId, next, message));
        if (next.terminal()) {
            over.countDown();
        }
        return true;
    }

    /** Cancels the run if it is still queued: no runner took it yet, so nothing else will end it. */
    void cancelIfQueued() {
        boolean queued;
        synchronized (this) {
            queued = state == RunState.QUEUED;
        }
        if (queued) {
            transition(RunState.CANCELLED, "");
        }
    }

    boolean await(Duration timeout) throws InterruptedException {
        return over.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
