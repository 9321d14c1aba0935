package org.retort.store;

/**
 * What is known about a run when it is submitted.
 *
 * @param engineRunId      the engine's id for the run, if it has one yet
 * @param inputsJson       the run's inputs as JSON, or {@code null}
 * @param nodeVersionsJson the node-type versions the run pinned, as JSON, or {@code null}
 * @param retryOf          the run this one retries, or {@code null}
 * @param upTo             the node the run stops at (running it and what it depends on), or {@code null}
 */
public record NewRun(String workspaceId, String workflowId, int workflowVersion, String submittedBy,
                     String engineRunId, String inputsJson, String nodeVersionsJson, String retryOf, String upTo) {

    public static NewRun of(String workspaceId, String workflowId, int workflowVersion, String submittedBy) {
        return new NewRun(workspaceId, workflowId, workflowVersion, submittedBy, null, null, null, null, null);
    }

    public NewRun withInputs(String json) {
        return new NewRun(workspaceId, workflowId, workflowVersion, submittedBy, engineRunId, json, nodeVersionsJson,
                retryOf, upTo);
    }

    public NewRun withNodeVersions(String json) {
        return new NewRun(workspaceId, workflowId, workflowVersion, submittedBy, engineRunId, inputsJson, json,
                retryOf, upTo);
    }

    public NewRun withEngineRunId(String id) {
        return new NewRun(workspaceId, workflowId, workflowVersion, submittedBy, id, inputsJson, nodeVersionsJson,
                retryOf, upTo);
    }

    public NewRun withUpTo(String nodeId) {
        return new NewRun(workspaceId, workflowId, workflowVersion, submittedBy, engineRunId, inputsJson,
                nodeVersionsJson, retryOf, nodeId);
    }

    public NewRun retrying(String runId) {
        return new NewRun(workspaceId, workflowId, workflowVersion, submittedBy, engineRunId, inputsJson,
                nodeVersionsJson, runId, upTo);
    }
}
