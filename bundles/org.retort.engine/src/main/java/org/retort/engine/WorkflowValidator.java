package org.retort.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.retort.engine.internal.Graph;
import org.retort.engine.internal.SpecCheck;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.Trigger;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/**
 * Checks a workflow against the installed node types and reports every problem with its location:
 * unknown or absent node types and versions, invalid parameters, error policies the node cannot honour
 * and fallbacks that cannot stand in, edges between unknown or incompatible ports, cycles, unconnected
 * required inputs, and — when the node types can tell — columns that the
 * inputs will not have.
 */
public final class WorkflowValidator {

    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final NodeCatalog catalog;

    public WorkflowValidator(NodeCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Every problem of {@code workflow}; empty when it can run. */
    public List<ValidationProblem> validate(Workflow workflow) {
        var problems = new ArrayList<ValidationProblem>();
        Map<String, NodeDescriptor> types = nodes(workflow, problems);
        new ErrorPolicyCheck(workflow, types, problems).run();
        edges(workflow, types, problems);
        List<List<String>> cycles = new Graph(workflow).cycles();
        for (List<String> cycle : cycles) {
            problems.add(new ValidationProblem("nodes[" + cycle.get(0) + "]", "nodes " + String.join(", ", cycle)
                    + " form a cycle; data must flow one way"));
        }
        workflow.layout().keySet().stream().filter(id -> workflow.node(id).isEmpty())
                .forEach(id -> problems.add(new ValidationProblem("layout." + id, "there is no node '" + id + "'")));
        for (int i = 0; i < workflow.triggers().size(); i++) {
            Trigger trigger = workflow.triggers().get(i);
            if (trigger instanceof Trigger.Schedule s && s.cron().isBlank()
                    || trigger instanceof Trigger.FileDrop f && (f.folder().isBlank() || f.pattern().isBlank())) {
                problems.add(new ValidationProblem("triggers[" + i + "]", "the trigger is incomplete"));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(new SpecCheck(workflow, types).run());
        }
        return problems;
    }

    private Map<String, NodeDescriptor> nodes(Workflow workflow, List<ValidationProblem> problems) {
        var types = new LinkedHashMap<String, NodeDescriptor>();
        var seen = new HashSet<String>();
        for (WorkflowNode node : workflow.nodes()) {
            String at = "nodes[" + node.id() + "]";
            if (!NODE_ID.matcher(node.id()).matches()) {
                problems.add(new ValidationProblem(at + ".id", "a node id starts with a letter and has only letters, digits, '_' and '-'"));
            }
            if (!seen.add(node.id())) {
                problems.add(new ValidationProblem(at + ".id", "two nodes are called '" + node.id() + "'"));
                continue;
            }
            var descriptor = catalog.find(node.type(), node.version());
            if (descriptor.isEmpty()) {
                List<String> installed = catalog.versions(node.type());
                problems.add(new ValidationProblem(at + ".type", installed.isEmpty()
                        ? "unknown node type '" + node.type() + "': waiting for node type " + node.type() + " v" + node.version()
                        : "waiting for node type " + node.type() + " v" + node.version() + " (installed: " + String.join(", ", installed) + ")"));
                continue;
            }
            NodeDescriptor type = descriptor.get();
            types.put(node.id(), type);
            type.validateParameters(node.parameters()).forEach(p -> problems.add(p.under(at)));
        }
        return types;
    }

    private static void edges(Workflow workflow, Map<String, NodeDescriptor> types, List<ValidationProblem> problems) {
        var connected = new HashMap<String, Integer>();
        for (int i = 0; i < workflow.edges().size(); i++) {
            Edge edge = workflow.edges().get(i);
            String at = "edges[" + i + "]";
            NodeDescriptor from = types.get(edge.from().node());
            NodeDescriptor to = types.get(edge.to().node());
            if (workflow.node(edge.from().node()).isEmpty()) {
                problems.add(new ValidationProblem(at + ".from", "there is no node '" + edge.from().node() + "'"));
            }
            if (workflow.node(edge.to().node()).isEmpty()) {
                problems.add(new ValidationProblem(at + ".to", "there is no node '" + edge.to().node() + "'"));
            }
            var out = from == null ? null : from.output(edge.from().port()).orElse(null);
            var in = to == null ? null : to.input(edge.to().port()).orElse(null);
            if (from != null && out == null) {
                problems.add(new ValidationProblem(at + ".from", from.key() + " has no output '" + edge.from().port()
                        + "' (outputs: " + from.outputs().stream().map(PortDescriptor::name).toList() + ")"));
            }
            if (to != null && in == null) {
                problems.add(new ValidationProblem(at + ".to", to.key() + " has no input '" + edge.to().port()
                        + "' (inputs: " + to.inputs().stream().map(PortDescriptor::name).toList() + ")"));
            }
            if (out != null && in != null && !out.type().canFeed(in.type())) {
                problems.add(new ValidationProblem(at, edge.from() + " (" + out.type() + ") cannot feed " + edge.to()
                        + " (" + in.type() + ")"));
            }
            Integer previous = connected.putIfAbsent(edge.to().toString(), i);
            if (previous != null) {
                problems.add(new ValidationProblem(at + ".to", "input " + edge.to() + " is already connected by edges[" + previous + "]"));
            }
        }
        Set<String> fallbacks = workflow.fallbacks(); // fed by the node they stand in for
        types.forEach((id, type) -> type.inputs().stream()
                .filter(port -> port.required() && !connected.containsKey(id + "." + port.name()) && !fallbacks.contains(id))
                .forEach(port -> problems.add(new ValidationProblem("nodes[" + id + "].inputs." + port.name(),
                        "required input '" + port.name() + "' (" + port.type() + ") is not connected"))));
    }
}
