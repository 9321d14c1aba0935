package org.retort.engine.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A node of a workflow: an instance of a node type, pinned to one version.
 *
 * @param id          stable id within the workflow, referenced by edges and layout
 * @param type        the node type's id
 * @param version     the node type's version the workflow was built with
 * @param parameters  parameter values as JSON values (String, Number, Boolean); absent ones take their default
 * @param onError     what to do when the node throws
 * @param concurrency how many chunks a streaming node may work on at once; 0 for the engine's default
 */
public record WorkflowNode(String id, String type, String version, Map<String, Object> parameters,
        ErrorPolicy onError, int concurrency) {

    public WorkflowNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
        onError = onError == null ? ErrorPolicy.DEFAULT : onError;
    }

    /** A node with parameters and default error policy and concurrency. */
    public static WorkflowNode of(String id, String type, String version, Map<String, Object> parameters) {
        return new WorkflowNode(id, type, version, parameters, ErrorPolicy.DEFAULT, 0);
    }

    /** This node with parameter {@code name} set to {@code value}. */
    public WorkflowNode withParameter(String name, Object value) {
        var changed = new LinkedHashMap<>(parameters);
        changed.put(name, value);
        return new WorkflowNode(id, type, version, changed, onError, concurrency);
    }

    /** This node with another error policy. */
    public WorkflowNode withOnError(ErrorPolicy policy) {
        return new WorkflowNode(id, type, version, parameters, policy, concurrency);
    }

    /** This node with another concurrency. */
    public WorkflowNode withConcurrency(int threads) {
        return new WorkflowNode(id, type, version, parameters, onError, threads);
    }
}
