package org.retort.engine.internal.trigger;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * Gives a dropped file to a run. A file-drop trigger's {@code input} names a parameter of one node,
 * written {@code node.parameter} (e.g. {@code read.path}); the run gets the workflow with that
 * parameter set to the file's absolute path. Runs have no inputs of their own, so a parameter is the
 * one place a source already takes a path from: no node needs to know about triggers, and the run's
 * workflow records which file it read.
 */
final class FileInput {

    private static final Pattern REFERENCE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)\\.([A-Za-z][A-Za-z0-9_]*)");

    private final String nodeId;
    private final String parameter;

    private FileInput(String nodeId, String parameter) {
        this.nodeId = nodeId;
        this.parameter = parameter;
    }

    /**
     * The input {@code input} of {@code workflow}.
     *
     * @throws IllegalArgumentException when {@code input} is not {@code node.parameter} or names no node of the workflow
     */
    static FileInput of(Workflow workflow, String input) {
        var matcher = REFERENCE.matcher(input);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("the input '" + input + "' is not node.parameter, e.g. read.path");
        }
        if (workflow.node(matcher.group(1)).isEmpty()) {
            throw new IllegalArgumentException("the input '" + input + "' names no node of the workflow");
        }
        return new FileInput(matcher.group(1), matcher.group(2));
    }

    /**
     * {@code workflow} with this input set to {@code file}. Arming checks that the node exists; should
     * it be gone all the same, the workflow is returned as it is and validation reports what is missing.
     */
    Workflow bind(Workflow workflow, Path file) {
        return workflow.node(nodeId)
                .map((WorkflowNode node) -> workflow.withNode(node.withParameter(parameter, file.toAbsolutePath().toString())))
                .orElse(workflow);
    }
}
