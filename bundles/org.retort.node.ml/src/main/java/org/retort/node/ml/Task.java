package org.retort.node.ml;

/** What a model learns: a number (regression) or a class (classification). */
public enum Task {
    REGRESSION, CLASSIFICATION
}
