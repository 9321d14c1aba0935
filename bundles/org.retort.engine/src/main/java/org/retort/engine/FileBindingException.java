package org.retort.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.retort.engine.workflow.ValidationProblem;

/**
 * Files could not be bound to a workflow ({@link FileBindings#apply}): every mistake, each located at
 * {@code inputs.<node>} (an input) or {@code nodes[<node>].parameters.path} (a node's own path).
 */
public class FileBindingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationProblem> problems;

    public FileBindingException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every mistake, in workflow order. */
    public List<ValidationProblem> problems() {
        return problems;
    }
}
