package org.retort.rest.internal;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.PortRef;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * One problem of a workflow as the REST API reports it: the engine's location split into the node,
 * port and parameter it names (each {@code null} when it names none), so the editor can mark the
 * right place.
 *
 * @param location  the engine's location, a path into the document: {@code nodes[calc].parameters.threshold}
 * @param node      the node id, or {@code null}
 * @param port      the port name, or {@code null}
 * @param parameter the parameter name, or {@code null}
 * @param message   what is wrong
 */
public record WorkflowProblem(String location, String node, String port, String parameter, String message) {

    private static final Pattern EDGE = Pattern.compile("edges\\[(\\d+)](?:\\.(from|to))?.*");
    private static final Pattern NODE_INDEX = Pattern.compile("nodes\\[\\d+].*");

    /** Every problem of {@code workflow} (which may be {@code null} when it could not be read). */
    static List<WorkflowProblem> of(Workflow workflow, List<ValidationProblem> problems) {
        return problems.stream().map(p -> of(workflow, p)).toList();
    }

    static WorkflowProblem of(Workflow workflow, ValidationProblem problem) {
        String location = problem.location();
        if (workflow != null) {
            String node = workflow.nodes().stream().map(WorkflowNode::id)
                    .filter(id -> location.startsWith("nodes[" + id + "]"))
                    .max(Comparator.comparingInt(String::length)).orElse(null);
            if (node != null) {
                String rest = location.substring(("nodes[" + node + "]").length());
                return new WorkflowProblem(location, node, after(rest, ".inputs."), after(rest, ".parameters."), problem.message());
            }
            Matcher edge = EDGE.matcher(location);
            if (edge.matches() && Integer.parseInt(edge.group(1)) < workflow.edges().size()) {
                Edge e = workflow.edges().get(Integer.parseInt(edge.group(1)));
                PortRef end = "from".equals(edge.group(2)) ? e.from() : e.to(); // a type mismatch is the receiving input's
                return new WorkflowProblem(location, end.node(), end.port(), null, problem.message());
            }
            if (location.startsWith("layout.")) {
                return new WorkflowProblem(location, location.substring("layout.".length()), null, null, problem.message());
            }
        } else if (NODE_INDEX.matcher(location).matches()) {
            // the document could not be read: nodes are known by index only
            return new WorkflowProblem(location, null, null, after(location, ".parameters."), problem.message());
        }
        return new WorkflowProblem(location, null, null, null, problem.message());
    }

    /** The name right after {@code marker} in {@code path}, or {@code null}. */
    private static String after(String path, String marker) {
        int at = path.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String name = path.substring(at + marker.length());
        int end = name.indexOf('.');
        return end < 0 ? name : name.substring(0, end);
    }
}
