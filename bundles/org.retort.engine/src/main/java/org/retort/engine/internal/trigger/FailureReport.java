package org.retort.engine.internal.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;

/**
 * Why a dropped file was quarantined, written beside it as JSON for the person who finds it there:
 * which workflow and run, when, how the run ended, the failure in words, and every node's counters so
 * it is plain how far the file got. Never a stack trace.
 *
 * @param workflowId the workflow the file was dropped for
 * @param file       the file's name as it was dropped
 * @param runId      the run it started, or the id it was quarantined under when no run could start
 * @param time       when the file was quarantined
 * @param state      the run's final state, or {@code NOT_STARTED}
 * @param failure    what went wrong
 * @param nodes      each node's progress when the run ended
 */
record FailureReport(String workflowId, String file, String runId, Instant time, String state, String failure,
        List<NodeStats> nodes) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    FailureReport {
        nodes = List.copyOf(nodes);
    }

    /** The report of {@code run}, which {@code file} started and which did not succeed. */
    static FailureReport of(Run run, String file) {
        String failure = run.failure().isEmpty() ? "the run was " + run.state().name().toLowerCase() : run.failure();
        return new FailureReport(run.workflow().id(), file, run.id(), Instant.now(), run.state().name(), failure, run.nodes());
    }

    /** The report of {@code file}, for which no run could start. */
    static FailureReport notStarted(String workflowId, String file, String id, String reason) {
        return new FailureReport(workflowId, file, id, Instant.now(), "NOT_STARTED", reason, List.of());
    }

    String toJson() {
        var root = new LinkedHashMap<String, Object>();
        root.put("workflow", workflowId);
        root.put("file", file);
        root.put("run", runId);
        root.put("time", time.toString());
        root.put("state", state);
        root.put("failure", failure);
        root.put("nodes", nodes.stream().map(FailureReport::node).toList());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }

    private static Map<String, Object> node(NodeStats stats) {
        var node = new LinkedHashMap<String, Object>();
        node.put("node", stats.nodeId());
        node.put("status", stats.status().name());
        node.put("rowsIn", stats.rowsIn());
        node.put("rowsOut", stats.rowsOut());
        node.put("rowsFailed", stats.rowsFailed());
        node.put("millis", stats.millis());
        node.put("counters", new TreeMap<>(stats.counters()));
        return node;
    }
}
