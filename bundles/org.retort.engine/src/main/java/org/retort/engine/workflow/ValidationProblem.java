package org.retort.engine.workflow;

import java.util.Objects;

/**
 * One thing wrong with a workflow, and where.
 *
 * @param location where, as a path into the document: {@code nodes[calc].parameters.threshold},
 *                 {@code edges[2]}, {@code nodes[calc].inputs.in}
 * @param message  what is wrong, in words a user can act on
 */
public record ValidationProblem(String location, String message) {

    public ValidationProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** This problem, located below {@code prefix}. */
    public ValidationProblem under(String prefix) {
        return new ValidationProblem(prefix + "." + location, message);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
