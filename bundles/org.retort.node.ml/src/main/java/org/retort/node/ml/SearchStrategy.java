package org.retort.node.ml;

/** How a hyperparameter search chooses the settings it tries. */
public enum SearchStrategy {
    /** Every combination of the values given, in order (at most the maximum number of trials). */
    GRID,
    /** Combinations drawn at random without replacement with the seed, up to the maximum number of trials. */
    RANDOM
}
