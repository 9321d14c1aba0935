package org.retort.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON tree of a workflow strictly, collecting every problem with its location instead of
 * stopping at the first, so a hand-edited file is fixed in one pass.
 */
final class WorkflowReader {

    private static final java.util.regex.Pattern ANNOTATION_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final List<ValidationProblem> problems = new ArrayList<>();

    Workflow read(JsonNode root) throws WorkflowFormatException {
        Workflow workflow = null;
        if (!root.isObject()) {
            problems.add(new ValidationProblem("$", "a workflow is a JSON object"));
        } else {
            members(root, "$", Set.of("format", "id", "title", "description", "nodes", "edges", "triggers", "layout", "annotations"));
            String format = text(root, "format", "$", true);
            if (format != null && !Workflow.FORMAT.equals(format)) {
                problems.add(new ValidationProblem("format", "unsupported format '" + format + "' (expected " + Workflow.FORMAT + ")"));
            }
            String id = text(root, "id", "$", true);
            workflow = new Workflow(id == null ? "" : id, text(root, "title", "$", false),
                    text(root, "description", "$", false), nodes(root.path("nodes")), edges(root.path("edges")),
                    triggers(root.path("triggers")), layout(root.path("layout")), annotations(root.path("annotations")));
        }
        if (!problems.isEmpty()) {
            throw new WorkflowFormatException(problems);
        }
        return workflow;
    }

    private List<WorkflowNode> nodes(JsonNode array) {
        var nodes = new ArrayList<WorkflowNode>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode json = array.get(i);
            String at = "nodes[" + i + "]";
            members(json, at, Set.of("id", "type", "version", "parameters", "onError", "concurrency"));
            String id = text(json, "id", at, true);
            String type = text(json, "type", at, true);
            String version = text(json, "version", at, true);
            Map<String, Object> parameters = new LinkedHashMap<>();
            json.path("parameters").fields().forEachRemaining(e -> {
                if (e.getValue().isNull() || e.getValue().isContainerNode()) {
                    problems.add(new ValidationProblem(at + ".parameters." + e.getKey(), "a parameter value is a string, number or boolean"));
                } else {
                    parameters.put(e.getKey(), WorkflowJson.MAPPER.convertValue(e.getValue(), Object.class));
                }
            });
            if (id != null && type != null && version != null) {
                nodes.add(new WorkflowNode(id, type, version, parameters, errorPolicy(json.get("onError"), at + ".onError"),
                        json.path("concurrency").asInt(0)));
            }
        }
        return nodes;
    }

    private ErrorPolicy errorPolicy(JsonNode json, String at) {
        if (json == null) {
            return ErrorPolicy.DEFAULT;
        }
        members(json, at, Set.of("retries", "backoffMillis", "then", "timeoutMillis", "circuitBreaker", "fallback"));
        String then = json.path("then").asText("fail").toUpperCase(Locale.ROOT);
        if (!Set.of("FAIL", "ROUTE", "FALLBACK").contains(then)) {
            problems.add(new ValidationProblem(at + ".then", "expected \"fail\", \"route\" or \"fallback\""));
            return ErrorPolicy.DEFAULT;
        }
        String fallback = text(json, "fallback", at, false);
        return new ErrorPolicy(json.path("retries").asInt(0), json.path("backoffMillis").asLong(0), ErrorPolicy.Then.valueOf(then),
                integer(json, "timeoutMillis", at, false), circuitBreaker(json.get("circuitBreaker"), at + ".circuitBreaker"),
                fallback == null ? "" : fallback);
    }

    private ErrorPolicy.CircuitBreaker circuitBreaker(JsonNode json, String at) {
        if (json == null) {
            return null;
        }
        members(json, at, Set.of("failureRatePercent", "minimumCalls", "openMillis"));
        return new ErrorPolicy.CircuitBreaker((int) integer(json, "failureRatePercent", at, true),
                (int) integer(json, "minimumCalls", at, true), integer(json, "openMillis", at, true));
    }

    private long integer(JsonNode json, String member, String at, boolean required) {
        JsonNode value = json.get(member);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new ValidationProblem(at + "." + member, "'" + member + "' is required"));
            }
            return 0;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            problems.add(new ValidationProblem(at + "." + member, "'" + member + "' must be a whole number"));
            return 0;
        }
        return value.asLong();
    }

    private List<Edge> edges(JsonNode array) {
        var edges = new ArrayList<Edge>();
        for (int i = 0; i < array.size(); i++) {
            String at = "edges[" + i + "]";
            members(array.get(i), at, Set.of("from", "to"));
            String from = text(array.get(i), "from", at, true);
            String to = text(array.get(i), "to", at, true);
            try {
                if (from != null && to != null) {
                    edges.add(new Edge(PortRef.parse(from), PortRef.parse(to)));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new ValidationProblem(at, e.getMessage()));
            }
        }
        return edges;
    }

    private List<Trigger> triggers(JsonNode array) {
        var triggers = new ArrayList<Trigger>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode json = array.get(i);
            String at = "triggers[" + i + "]";
            String type = text(json, "type", at, true);
            if ("schedule".equals(type)) {
                members(json, at, Set.of("type", "cron"));
                String cron = text(json, "cron", at, true);
                if (cron != null) {
                    triggers.add(new Trigger.Schedule(cron));
                }
            } else if ("fileDrop".equals(type)) {
                members(json, at, Set.of("type", "folder", "pattern", "input"));
                String folder = text(json, "folder", at, true);
                String pattern = text(json, "pattern", at, true);
                String input = text(json, "input", at, true);
                if (folder != null && pattern != null && input != null) {
                    triggers.add(new Trigger.FileDrop(folder, pattern, input));
                }
            } else if (type != null) {
                problems.add(new ValidationProblem(at + ".type", "unknown trigger type '" + type + "' (schedule, fileDrop)"));
            }
        }
        return triggers;
    }

    private Map<String, Position> layout(JsonNode json) {
        var layout = new LinkedHashMap<String, Position>();
        json.fields().forEachRemaining(e -> {
            String at = "layout." + e.getKey();
            members(e.getValue(), at, Set.of("x", "y"));
            if (!e.getValue().path("x").isNumber() || !e.getValue().path("y").isNumber()) {
                problems.add(new ValidationProblem(at, "a position has numbers x and y"));
            } else {
                layout.put(e.getKey(), new Position(e.getValue().get("x").asDouble(), e.getValue().get("y").asDouble()));
            }
        });
        return layout;
    }

    private List<Annotation> annotations(JsonNode array) {
        var annotations = new ArrayList<Annotation>();
        if (array.isMissingNode() || array.isNull()) {
            return annotations;
        }
        if (!array.isArray()) {
            problems.add(new ValidationProblem("annotations", "annotations are an array"));
            return annotations;
        }
        var ids = new java.util.HashSet<String>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode json = array.get(i);
            String at = "annotations[" + i + "]";
            members(json, at, Set.of("id", "text", "x", "y", "width", "height"));
            String id = text(json, "id", at, true);
            String text = text(json, "text", at, true);
            if (id != null && !ANNOTATION_ID.matcher(id).matches()) {
                problems.add(new ValidationProblem(at + ".id", "an annotation id starts with a letter and has letters, digits, '_' and '-' only"));
            } else if (id != null && !ids.add(id)) {
                problems.add(new ValidationProblem(at + ".id", "annotation id '" + id + "' is used twice"));
            }
            if (text != null && text.length() > Annotation.MAX_TEXT) {
                problems.add(new ValidationProblem(at + ".text", "a note has at most " + Annotation.MAX_TEXT + " characters"));
            }
            if (!json.path("x").isNumber() || !json.path("y").isNumber()) {
                problems.add(new ValidationProblem(at, "an annotation has numbers x and y"));
            }
            double width = size(json, "width", at);
            double height = size(json, "height", at);
            annotations.add(new Annotation(id, text, json.path("x").asDouble(), json.path("y").asDouble(), width, height));
        }
        return annotations;
    }

    private double size(JsonNode json, String member, String at) {
        JsonNode value = json.get(member);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isNumber() || value.asDouble() <= 0) {
            problems.add(new ValidationProblem(at + "." + member, "'" + member + "' is a positive number"));
            return 0;
        }
        return value.asDouble();
    }

    private void members(JsonNode json, String at, Set<String> allowed) {
        if (!json.isObject()) {
            problems.add(new ValidationProblem(at, "expected an object"));
            return;
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(new ValidationProblem(at + "." + name, "unknown member '" + name + "' (allowed: "
                        + allowed.stream().sorted().toList() + ")"));
            }
        });
    }

    private String text(JsonNode json, String member, String at, boolean required) {
        JsonNode value = json.get(member);
        String location = ("$".equals(at) ? "" : at + ".") + member;
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new ValidationProblem(location, "'" + member + "' is required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new ValidationProblem(location, "'" + member + "' must be a string"));
            return null;
        }
        return value.asText();
    }
}
