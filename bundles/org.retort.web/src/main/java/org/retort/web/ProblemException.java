package org.retort.web;

import java.util.Objects;

/** Thrown by a resource to answer with a {@link Problem}; the API turns it into the HTTP response. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").detail());
        this.problem = problem;
    }

    public ProblemException(int status, String title, String detail) {
        this(Problem.of(status, title, detail));
    }

    public Problem problem() {
        return problem;
    }
}
