package org.retort.engine.workflow;

import java.util.List;
import java.util.stream.Collectors;

/** A workflow document is not valid JSON or not in the workflow format; lists every problem found. */
public final class WorkflowFormatException extends Exception {

    private final transient List<ValidationProblem> problems;

    public WorkflowFormatException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, each with its location in the document. */
    public List<ValidationProblem> problems() {
        return problems;
    }
}
