package org.retort.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.ErrorPolicy;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * Checks each node's error policy and concurrency against its kind, and each fallback against the node
 * it stands in for: a streaming node of the same workflow, with the same port types, reached by no
 * edge, standing in for one node only, with no policy of its own.
 */
final class ErrorPolicyCheck {

    private final Workflow workflow;
    private final Map<String, NodeDescriptor> types;
    private final List<ValidationProblem> problems;

    ErrorPolicyCheck(Workflow workflow, Map<String, NodeDescriptor> types, List<ValidationProblem> problems) {
        this.workflow = workflow;
        this.types = types;
        this.problems = problems;
    }

    void run() {
        var servedBy = new HashMap<String, String>();
        for (WorkflowNode node : workflow.nodes()) {
            NodeDescriptor type = types.get(node.id());
            if (type != null) {
                String at = "nodes[" + node.id() + "]";
                policy(node, type, at);
                guard(node.onError(), type, at + ".onError");
                String fallback = node.onError().fallback();
                if (!fallback.isEmpty() && exists(node, fallback, at + ".onError.fallback")) {
                    String other = servedBy.putIfAbsent(fallback, node.id());
                    if (other != null) {
                        add(at + ".onError.fallback", "node '" + fallback + "' is already the fallback of '" + other + "'");
                    } else {
                        fallback(node, type, fallback, at + ".onError.fallback");
                    }
                }
            }
        }
        for (int i = 0; i < workflow.edges().size(); i++) {
            Edge edge = workflow.edges().get(i);
            for (String end : List.of(edge.from().node(), edge.to().node())) {
                if (servedBy.containsKey(end)) {
                    add("edges[" + i + "]", "node '" + end + "' is the fallback of '" + servedBy.get(end)
                            + "': it gets its chunks from there, not from edges");
                }
            }
        }
    }

    private void policy(WorkflowNode node, NodeDescriptor type, String at) {
        ErrorPolicy policy = node.onError();
        if (policy.retries() < 0 || policy.backoffMillis() < 0) {
            add(at + ".onError", "retries and backoffMillis must not be negative");
        }
        if (policy.retries() > 0 && type.kind() == NodeKind.SOURCE) {
            add(at + ".onError.retries", "a source cannot be retried: it may have emitted rows already");
        }
        if (policy.then() == ErrorPolicy.Then.ROUTE && type.kind() != NodeKind.STREAMING && type.kind() != NodeKind.BARRIER) {
            add(at + ".onError.then", "only streaming and barrier nodes have input rows to route to the failure port");
        }
        if (node.concurrency() < 0 || node.concurrency() > 1 && type.kind() != NodeKind.STREAMING) {
            add(at + ".concurrency", "only a streaming node can work on several chunks at once");
        }
    }

    private void guard(ErrorPolicy policy, NodeDescriptor type, String at) {
        if (policy.guarded() && type.kind() != NodeKind.STREAMING) {
            add(at, "only a streaming node can have a timeout, a circuit breaker or a fallback: they guard its calls on chunks");
        }
        if (policy.timeoutMillis() < 0 || policy.timeoutMillis() > Integer.MAX_VALUE) {
            add(at + ".timeoutMillis", "timeoutMillis is 0 (no limit) to " + Integer.MAX_VALUE);
        }
        ErrorPolicy.CircuitBreaker breaker = policy.circuitBreaker();
        if (breaker != null) {
            if (breaker.failureRatePercent() < 1 || breaker.failureRatePercent() > 100) {
                add(at + ".circuitBreaker.failureRatePercent", "a failure rate is 1 to 100 percent");
            }
            if (breaker.minimumCalls() < 1) {
                add(at + ".circuitBreaker.minimumCalls", "the failure rate is taken over at least one call");
            }
            if (breaker.openMillis() < 1000 || breaker.openMillis() % 1000 != 0 || breaker.openMillis() / 1000 > Integer.MAX_VALUE) {
                add(at + ".circuitBreaker.openMillis", "the circuit stays open for whole seconds (1000, 2000, …): Camel's circuit breaker counts seconds");
            }
        }
        if (policy.then() == ErrorPolicy.Then.FALLBACK && policy.fallback().isEmpty()) {
            add(at + ".fallback", "'then: fallback' needs the id of the node that processes the chunk instead");
        }
        if (policy.then() != ErrorPolicy.Then.FALLBACK && !policy.fallback().isEmpty()) {
            add(at + ".fallback", "a fallback is used only with 'then: fallback'");
        }
    }

    private boolean exists(WorkflowNode node, String fallback, String at) {
        if (fallback.equals(node.id())) {
            add(at, "a node cannot be its own fallback");
            return false;
        }
        if (workflow.node(fallback).isEmpty()) {
            add(at, "there is no node '" + fallback + "'");
            return false;
        }
        return true;
    }

    private void fallback(WorkflowNode node, NodeDescriptor type, String fallback, String at) {
        if (!workflow.node(fallback).orElseThrow().onError().equals(ErrorPolicy.DEFAULT)) {
            add("nodes[" + fallback + "].onError", "node '" + fallback + "' is the fallback of '" + node.id()
                    + "': its own error policy would never be used (its errors fail the run)");
        }
        NodeDescriptor other = types.get(fallback);
        if (other == null || type.kind() != NodeKind.STREAMING) {
            return;
        }
        if (other.kind() != NodeKind.STREAMING) {
            add(at, "node '" + fallback + "' is a " + other.kind().name().toLowerCase(Locale.ROOT)
                    + " node; a fallback is a streaming node");
        } else if (other.inputs().get(0).type() != type.inputs().get(0).type()
                || other.outputs().get(0).type() != type.outputs().get(0).type()) {
            add(at, "node '" + fallback + "' (" + ports(other) + ") cannot stand in for '" + node.id() + "' (" + ports(type) + ")");
        }
    }

    private static String ports(NodeDescriptor type) {
        return type.inputs().get(0).type() + " → " + type.outputs().get(0).type();
    }

    private void add(String location, String message) {
        problems.add(new ValidationProblem(location, message));
    }
}
