package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retort.engine.internal.Engine;
import org.retort.engine.internal.NodeRegistry;
import org.retort.node.ml.Predict;
import org.retort.node.ml.Register;
import org.retort.rest.testkit.InstalledNodeTypes;
import org.retort.store.testkit.TestStore;
import org.retort.web.testkit.RestHarness;
import org.retort.web.testkit.RestHarness.Reply;
import org.retort.rest.testkit.Workflows;
import org.yaml.snakeyaml.Yaml;

/** Validation and Camel YAML export of workflow documents over HTTP, on a real engine and node bundles. */
class WorkflowToolsResourceTest {

    private static TestStore store;
    private static Engine engine;
    private static RestHarness api;

    /** Every installed node type, and those that need services (the model registry's) bound by hand to a store. */
    @BeforeAll
    static void start() {
        store = TestStore.derby();
        NodeRegistry registry = new NodeRegistry();
        InstalledNodeTypes.nodeTypes().forEach(registry::addNodeType);
        registry.addNodeType(new Predict());
        registry.addNodeType(new Register(store.models(), store.artifacts(), store.workspaces()));
        engine = new Engine(registry);
        api = RestHarness.start(new WorkflowToolsResource(engine));
    }

    @AfterAll
    static void stop() {
        api.close();
        engine.close();
        store.close();
    }

    static Stream<Path> examples() {
        return Workflows.all().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleWorkflowIsValid(Path file) throws Exception {
        Reply reply = api.postJson("v1/workflows/validate", java.nio.file.Files.readString(file));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().path("problems").size()).as("%s", reply).isZero();
        assertThat(reply.json().path("valid").asBoolean()).isTrue();
    }

    @Test
    void aBrokenWorkflowGetsProblemsNamingTheNodePortAndParameter() {
        String broken = """
                {
                  "format": "retort.workflow/1",
                  "id": "broken",
                  "nodes": [
                    {"id": "read", "type": "retort.io.import-smiles", "version": "1.0.0", "parameters": {"path": "in.smi"}},
                    {"id": "magic", "type": "retort.chem.magic", "version": "1.0.0", "parameters": {}},
                    {"id": "top", "type": "retort.table.top", "version": "1.0.0", "parameters": {"n": 0}},
                    {"id": "write", "type": "retort.io.export-csv", "version": "1.0.0", "parameters": {"path": "out.csv"}}
                  ],
                  "edges": [
                    {"from": "read.out", "to": "magic.in"},
                    {"from": "read.nowhere", "to": "top.in"}
                  ]
                }
                """;
        Reply reply = api.postJson("v1/workflows/validate", broken);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.path("valid").asBoolean()).isFalse();
        List<Map<String, String>> problems = new ObjectMapper().convertValue(json.path("problems"), new TypeReference<>() { });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("node")).isEqualTo("magic");
            assertThat(p.get("message")).contains("unknown node type 'retort.chem.magic'");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("node")).isEqualTo("read");
            assertThat(p.get("port")).isEqualTo("nowhere");
            assertThat(p.get("location")).isEqualTo("edges[1].from");
            assertThat(p.get("message")).contains("has no output 'nowhere'");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("node")).isEqualTo("top");
            assertThat(p.get("parameter")).isEqualTo("n");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("node")).isEqualTo("write");
            assertThat(p.get("port")).isEqualTo("in");
            assertThat(p.get("message")).contains("is not connected");
        });
    }

    @Test
    void malformedJsonIsA400ProblemWithTheReadersMessageAndNoStackTrace() {
        Reply reply = api.postJson("v1/workflows/validate", "{\"format\": \"retort.workflow/1\", \"nodes\": [");
        assertThat(reply.isProblem(400)).as("%s", reply).isTrue();
        assertThat(reply.json().path("title").asText()).isEqualTo("Malformed workflow");
        assertThat(reply.json().path("detail").asText()).contains("not valid JSON").contains("line 1");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
    }

    @Test
    void aDocumentThatIsNotAWorkflowIsA400ProblemListingEveryProblem() {
        Reply reply = api.postJson("v1/workflows/validate", """
                {"format": "retort.workflow/1", "nodes": [{"id": "a", "type": "x"}], "colour": "red"}
                """);
        assertThat(reply.isProblem(400)).as("%s", reply).isTrue();
        JsonNode problems = reply.json().path("problems");
        assertThat(problems.findValuesAsText("location")).contains("id", "$.colour", "nodes[0].version");
        assertThat(reply.json().path("detail").asText()).contains("unknown member 'colour'");
    }

    @Test
    void anEmptyBodyIsA400Problem() {
        assertThat(api.postJson("v1/workflows/validate", "").isProblem(400)).isTrue();
    }

    @Test
    void anOversizedBodyIsA413Problem() {
        String huge = "{\"id\": \"" + "x".repeat(WorkflowToolsResource.MAX_DOCUMENT_BYTES) + "\"}";
        assertThat(api.postJson("v1/workflows/validate", huge).isProblem(413)).isTrue();
    }

    @Test
    void camelYamlHasOneRoutePerNode() {
        Reply reply = api.postJson("v1/workflows/camel-yaml", Workflows.read("descriptors.json"));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.is("application/yaml")).as("%s", reply.contentType()).isTrue();
        List<Object> routes = new Yaml().load(reply.body());
        List<String> ids = routes.stream().map(r -> (String) ((Map<?, ?>) ((Map<?, ?>) r).get("route")).get("id")).toList();
        for (String node : List.of("read", "standardize", "descriptors", "write", "rejected")) {
            assertThat(ids).as("routes %s", ids).anySatisfy(id -> assertThat(id).contains(node));
        }
    }

    @Test
    void camelYamlOfAnInvalidWorkflowIsA422ProblemListingTheProblems() {
        String invalid = Workflows.read("descriptors.json").replace("\"retort.chem.descriptors\"", "\"retort.chem.gone\"");
        Reply reply = api.postJson("v1/workflows/camel-yaml", invalid);
        assertThat(reply.isProblem(422)).as("%s", reply).isTrue();
        JsonNode problems = reply.json().path("problems");
        assertThat(problems.size()).isPositive();
        assertThat(problems.get(0).path("node").asText()).isEqualTo("descriptors");
    }
}
