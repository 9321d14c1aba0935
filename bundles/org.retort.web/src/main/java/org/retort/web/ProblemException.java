package org.retort.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Thrown by a resource to answer with a {@link Problem}; the API turns it into the HTTP response. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers = new LinkedHashMap<>();

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

    /** Adds a response header, e.g. {@code Retry-After} to a 429 or {@code WWW-Authenticate} to a 401; returns this. */
    public ProblemException header(String name, Object value) {
        headers.put(name, String.valueOf(value));
        return this;
    }

    /** The response headers added with {@link #header}. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
