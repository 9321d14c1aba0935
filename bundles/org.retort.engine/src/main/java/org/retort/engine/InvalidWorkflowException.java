package org.retort.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.retort.engine.workflow.ValidationProblem;

/** A workflow was started that does not validate; nothing ran. */
public final class InvalidWorkflowException extends Exception {

    private final transient List<ValidationProblem> problems;

    public InvalidWorkflowException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, with its location. */
    public List<ValidationProblem> problems() {
        return problems;
    }
}
