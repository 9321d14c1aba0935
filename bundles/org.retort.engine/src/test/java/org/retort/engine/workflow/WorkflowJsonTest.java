package org.retort.engine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkflowJsonTest {

    private static Workflow full() {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("label", "scaled");
        parameters.put("factor", 2.5);
        parameters.put("column", "n");
        return new Workflow("triage", "Compound triage", "Scales numbers.", List.of(
                WorkflowNode.of("numbers", "test.numbers", "1.0.0", Map.of("count", 10)),
                new WorkflowNode("scale", "test.scale", "1.0.0", parameters, new ErrorPolicy(3, 100, ErrorPolicy.Then.FALLBACK, 2000,
                        new ErrorPolicy.CircuitBreaker(50, 10, 30_000), "estimate"), 2),
                new WorkflowNode("estimate", "test.scale", "2.0.0", Map.of(), new ErrorPolicy(1, 5, ErrorPolicy.Then.ROUTE), 0)),
                List.of(Edge.of("numbers.out", "scale.in")),
                List.of(new Trigger.Schedule("0 0 6 * * ?"), new Trigger.FileDrop("inbox/triage", "*.csv", "read.path")),
                Map.of("scale", new Position(240, 80), "numbers", new Position(0, 80.5)),
                List.of(new Annotation("note-1", "Factor 2.5: see the assay protocol.", 10, -40, 240, 80),
                        new Annotation("note-2", "", 300, 0, 0, 0)));
    }

    @Test
    void aWorkflowSurvivesTheRoundTrip() throws Exception {
        Workflow workflow = full();
        assertThat(WorkflowJson.read(WorkflowJson.write(workflow))).isEqualTo(workflow);
    }

    @Test
    void writingIsDeterministicWithSortedParametersAndLayout() throws Exception {
        String json = WorkflowJson.write(full());
        assertThat(WorkflowJson.write(WorkflowJson.read(json))).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"format\": \"retort.workflow/1\",\n  \"id\": \"triage\",\n").endsWith("}\n");
        assertThat(json.indexOf("\"column\"")).isLessThan(json.indexOf("\"factor\"")).isLessThan(json.indexOf("\"label\""));
        assertThat(json.indexOf("\"numbers\": {")).isLessThan(json.indexOf("\"scale\": {"));
        assertThat(json).contains("\"from\": \"numbers.out\"", "\"then\": \"route\"", "\"type\": \"fileDrop\"");
        assertThat(json).contains("""
                      "onError": {
                        "retries": 3,
                        "backoffMillis": 100,
                        "then": "fallback",
                        "timeoutMillis": 2000,
                        "circuitBreaker": {
                          "failureRatePercent": 50,
                          "minimumCalls": 10,
                          "openMillis": 30000
                        },
                        "fallback": "estimate"
                      },
                """);
        assertThat(json).as("no guard members when there is no guard").contains("""
                      "onError": {
                        "retries": 1,
                        "backoffMillis": 5,
                        "then": "route"
                      }
                """);
    }

    @Test
    void everyFormatProblemIsReportedWithItsLocation() {
        String json = """
                {"format": "retort.workflow/2", "nodes": [{"id": "a", "type": 3, "version": "1.0.0", "colour": "red",
                  "parameters": {"x": null}}], "edges": [{"from": "a", "to": "b.in"}], "triggers": [{"type": "webhook"}],
                  "layout": {"a": {"x": "left", "y": 0}}}
                """;
        assertThatThrownBy(() -> WorkflowJson.read(json)).isInstanceOfSatisfying(WorkflowFormatException.class, e ->
                assertThat(e.problems()).extracting(ValidationProblem::toString).containsExactly(
                        "format: unsupported format 'retort.workflow/2' (expected retort.workflow/1)",
                        "id: 'id' is required",
                        "nodes[0].colour: unknown member 'colour' (allowed: [concurrency, id, onError, parameters, type, version])",
                        "nodes[0].type: 'type' must be a string",
                        "nodes[0].parameters.x: a parameter value is a string, number or boolean",
                        "edges[0]: 'a' is not node.port",
                        "triggers[0].type: unknown trigger type 'webhook' (schedule, fileDrop)",
                        "layout.a: a position has numbers x and y"));
    }

    @Test
    void errorPolicyProblemsAreReportedWithTheirLocation() {
        String json = """
                {"format": "retort.workflow/1", "id": "w", "edges": [], "nodes": [
                  {"id": "a", "type": "t", "version": "1.0.0", "onError": {"then": "retry"}},
                  {"id": "b", "type": "t", "version": "1.0.0", "onError": {"timeoutMillis": 1.5, "fallback": 3,
                    "circuitBreaker": {"failureRatePercent": 50, "openMillis": "1s", "halfOpenCalls": 2}}}]}
                """;
        assertThatThrownBy(() -> WorkflowJson.read(json)).isInstanceOfSatisfying(WorkflowFormatException.class, e ->
                assertThat(e.problems()).extracting(ValidationProblem::toString).containsExactly(
                        "nodes[0].onError.then: expected \"fail\", \"route\" or \"fallback\"",
                        "nodes[1].onError.fallback: 'fallback' must be a string",
                        "nodes[1].onError.timeoutMillis: 'timeoutMillis' must be a whole number",
                        "nodes[1].onError.circuitBreaker.halfOpenCalls: unknown member 'halfOpenCalls' (allowed: [failureRatePercent, minimumCalls, openMillis])",
                        "nodes[1].onError.circuitBreaker.minimumCalls: 'minimumCalls' is required",
                        "nodes[1].onError.circuitBreaker.openMillis: 'openMillis' must be a whole number"));
    }

    @Test
    void invalidJsonNamesTheLine() {
        assertThatThrownBy(() -> WorkflowJson.read("{\n\"id\": \"x\",\n")).isInstanceOf(WorkflowFormatException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void thePublishedSchemaDescribesEveryMemberTheWriterWrites() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(WorkflowJson.schema());
        JsonNode written = new ObjectMapper().readTree(WorkflowJson.write(full()));
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(names(schema.at("/properties"))).containsAll(names(written));
        assertThat(names(schema.at("/$defs/node/properties"))).containsAll(names(written.at("/nodes/1")));
        assertThat(names(schema.at("/$defs/node/properties/onError/properties"))).containsAll(names(written.at("/nodes/1/onError")));
        assertThat(names(schema.at("/$defs/node/properties/onError/properties/circuitBreaker/properties")))
                .containsAll(names(written.at("/nodes/1/onError/circuitBreaker")));
        assertThat(schema.at("/$defs/node/properties/onError/properties/then/enum").toString()).isEqualTo("[\"fail\",\"route\",\"fallback\"]");
        assertThat(names(schema.at("/$defs/edge/properties"))).containsAll(names(written.at("/edges/0")));
        assertThat(names(schema.at("/$defs/trigger/oneOf/1/properties"))).containsAll(names(written.at("/triggers/1")));
        assertThat(names(schema.at("/$defs/annotation/properties"))).containsAll(names(written.at("/annotations/0")));
    }

    @Test
    void annotationsAreWrittenAfterTheLayoutInDocumentOrderWithoutDefaultSizes() throws Exception {
        String json = WorkflowJson.write(full());
        assertThat(json.indexOf("\"layout\"")).isLessThan(json.indexOf("\"annotations\""));
        assertThat(json).endsWith("""
                  "annotations": [
                    {
                      "id": "note-1",
                      "text": "Factor 2.5: see the assay protocol.",
                      "x": 10.0,
                      "y": -40.0,
                      "width": 240.0,
                      "height": 80.0
                    },
                    {
                      "id": "note-2",
                      "text": "",
                      "x": 300.0,
                      "y": 0.0
                    }
                  ]
                }
                """);
        assertThat(WorkflowJson.write(Workflow.of("w", List.of(), List.of()))).doesNotContain("annotations");
    }

    @Test
    void annotationProblemsAreReportedWithTheirLocation() {
        String json = """
                {"format": "retort.workflow/1", "id": "w", "nodes": [], "edges": [], "annotations": [
                  {"id": "n", "text": "a", "x": 0, "y": 0},
                  {"id": "n", "text": "b", "x": 0, "y": 0, "width": -3, "colour": "yellow"},
                  {"id": "9x", "x": "left", "y": 0}]}
                """;
        assertThatThrownBy(() -> WorkflowJson.read(json)).isInstanceOfSatisfying(WorkflowFormatException.class, e ->
                assertThat(e.problems()).extracting(ValidationProblem::toString).contains(
                        "annotations[1].id: annotation id 'n' is used twice",
                        "annotations[1].width: 'width' is a positive number",
                        "annotations[2].text: 'text' is required",
                        "annotations[2]: an annotation has numbers x and y"));
        assertThatThrownBy(() -> WorkflowJson.read(json)).hasMessageContaining("colour");
    }

    @Test
    void theExampleWorkflowsAreInTheFormat() throws Exception {
        Path folder = Path.of("../../workflows");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> examples = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(examples).isNotEmpty();
            for (Path file : examples) {
                Workflow workflow = WorkflowJson.read(file);
                assertThat(WorkflowJson.write(workflow)).as(file.toString()).isEqualTo(Files.readString(file));
            }
        }
    }

    @Test
    void theFormatDocumentShowsTheSchemaAndAnExampleInCanonicalForm() throws Exception {
        String doc = Files.readString(Path.of("../../docs/workflow-format.md"));
        assertThat(doc).contains("```json\n" + WorkflowJson.schema() + "```");
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        assertThat(WorkflowJson.write(WorkflowJson.read(example))).isEqualTo(example);
    }

    private static List<String> names(JsonNode object) throws IOException {
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
