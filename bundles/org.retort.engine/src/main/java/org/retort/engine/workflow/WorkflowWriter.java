package org.retort.engine.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the JSON tree member by member, so the order is the format's, never a library's. */
final class WorkflowWriter {

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private WorkflowWriter() {
    }

    static String write(Workflow workflow) {
        ObjectNode root = WorkflowJson.MAPPER.createObjectNode();
        root.put("format", Workflow.FORMAT);
        root.put("id", workflow.id());
        root.put("title", workflow.title());
        if (!workflow.description().isEmpty()) {
            root.put("description", workflow.description());
        }
        ArrayNode nodes = root.putArray("nodes");
        workflow.nodes().forEach(node -> nodes.add(node(node)));
        ArrayNode edges = root.putArray("edges");
        for (Edge edge : workflow.edges()) {
            edges.addObject().put("from", edge.from().toString()).put("to", edge.to().toString());
        }
        if (!workflow.triggers().isEmpty()) {
            ArrayNode triggers = root.putArray("triggers");
            workflow.triggers().forEach(trigger -> triggers.add(trigger(trigger)));
        }
        if (!workflow.layout().isEmpty()) {
            ObjectNode layout = root.putObject("layout");
            workflow.layout().forEach((id, p) -> layout.putObject(id).put("x", p.x()).put("y", p.y()));
        }
        if (!workflow.annotations().isEmpty()) {
            ArrayNode annotations = root.putArray("annotations");
            for (Annotation a : workflow.annotations()) {
                ObjectNode note = annotations.addObject().put("id", a.id()).put("text", a.text()).put("x", a.x()).put("y", a.y());
                if (a.width() > 0) {
                    note.put("width", a.width());
                }
                if (a.height() > 0) {
                    note.put("height", a.height());
                }
            }
        }
        try {
            return WorkflowJson.MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a workflow tree always serializes", e);
        }
    }

    private static ObjectNode node(WorkflowNode node) {
        ObjectNode json = WorkflowJson.MAPPER.createObjectNode();
        json.put("id", node.id());
        json.put("type", node.type());
        json.put("version", node.version());
        json.set("parameters", WorkflowJson.MAPPER.valueToTree(sorted(node.parameters())));
        if (!node.onError().equals(ErrorPolicy.DEFAULT)) {
            json.set("onError", errorPolicy(node.onError()));
        }
        if (node.concurrency() != 0) {
            json.put("concurrency", node.concurrency());
        }
        return json;
    }

    private static ObjectNode errorPolicy(ErrorPolicy policy) {
        ObjectNode json = WorkflowJson.MAPPER.createObjectNode()
                .put("retries", policy.retries())
                .put("backoffMillis", policy.backoffMillis())
                .put("then", policy.then().name().toLowerCase(Locale.ROOT));
        if (policy.timeoutMillis() != 0) {
            json.put("timeoutMillis", policy.timeoutMillis());
        }
        if (policy.circuitBreaker() != null) {
            json.putObject("circuitBreaker")
                    .put("failureRatePercent", policy.circuitBreaker().failureRatePercent())
                    .put("minimumCalls", policy.circuitBreaker().minimumCalls())
                    .put("openMillis", policy.circuitBreaker().openMillis());
        }
        if (!policy.fallback().isEmpty()) {
            json.put("fallback", policy.fallback());
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            ((Map<String, Object>) map).forEach((k, v) -> sorted.put(k, sorted(v)));
            return sorted;
        }
        return value;
    }

    private static ObjectNode trigger(Trigger trigger) {
        ObjectNode json = WorkflowJson.MAPPER.createObjectNode();
        if (trigger instanceof Trigger.FileDrop drop) {
            json.put("type", "fileDrop").put("folder", drop.folder()).put("pattern", drop.pattern()).put("input", drop.input());
        } else if (trigger instanceof Trigger.Schedule schedule) {
            json.put("type", "schedule").put("cron", schedule.cron());
        }
        return json;
    }
}
