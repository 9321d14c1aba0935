package org.retort.engine;

/** Receives the events of every run; called on engine threads, so keep it short and never block. */
@FunctionalInterface
public interface RunListener {

    /** {@code event} happened. */
    void onEvent(RunEvent event);
}
