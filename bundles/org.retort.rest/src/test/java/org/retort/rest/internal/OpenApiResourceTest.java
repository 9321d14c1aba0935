package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retort.engine.internal.Engine;
import org.retort.rest.testkit.InstalledNodeTypes;
import org.retort.web.testkit.RestHarness;
import org.retort.web.testkit.RestHarness.Reply;
import org.retort.web.JaxRsComponent;
import org.retort.web.internal.HealthResource;

/** The OpenAPI document of the registered resources, with every operation's permission. */
class OpenApiResourceTest {

    private static final Map<String, String> EXPECTED = Map.of(
            "GET /v1/nodes", "nodes:read",
            "GET /v1/nodes/{id}", "nodes:read",
            "GET /v1/nodes/{id}/versions/{version}", "nodes:read",
            "GET /v1/nodes/{id}/versions/{version}/docs", "nodes:read",
            "POST /v1/workflows/validate", "workflows:read",
            "POST /v1/workflows/camel-yaml", "workflows:read",
            "GET /v1/openapi.json", "public",
            "GET /v1/health", "public");

    private static Engine engine;
    private static OpenApiResource openApi;
    private static RestHarness api;

    @BeforeAll
    static void start() {
        engine = new Engine(InstalledNodeTypes.registry());
        List<JaxRsComponent> components = List.of(new NodesResource(InstalledNodeTypes.registry()),
                new WorkflowToolsResource(engine), new HealthResource());
        openApi = new OpenApiResource();
        components.forEach(openApi::addComponent);
        var all = new ArrayList<Object>(components);
        all.add(openApi);
        api = RestHarness.start(all);
    }

    @AfterAll
    static void stop() {
        api.close();
        engine.close();
    }

    @Test
    void listsEveryPathWithItsPermission() {
        Reply reply = api.get("v1/openapi.json");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.is("application/json")).isTrue();
        JsonNode doc = reply.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo("/api");

        var found = new java.util.HashMap<String, String>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            String access = operation.path(OpenApiDocument.PUBLIC).asBoolean() ? "public"
                    : operation.path(OpenApiDocument.PERMISSION).asText("none");
            found.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), access);
            assertThat(operation.path("description").asText()).as(path.getKey())
                    .containsAnyOf("Requires the permission `" + access + "`", "Public: no login needed.");
        }));
        assertThat(found).isEqualTo(EXPECTED);
    }

    @Test
    void describesParametersAndMediaTypes() {
        JsonNode doc = api.get("v1/openapi.json").json();
        JsonNode docs = doc.path("paths").path("/v1/nodes/{id}/versions/{version}/docs").path("get");
        assertThat(docs.path("parameters").findValuesAsText("name")).containsExactlyInAnyOrder("id", "version");
        assertThat(docs.path("responses").path("default").path("content").has("text/markdown; charset=UTF-8")
                || docs.path("responses").toString().contains("text/markdown")).isTrue();
        JsonNode validate = doc.path("paths").path("/v1/workflows/validate").path("post");
        assertThat(validate.path("requestBody").path("content").has("application/json")).isTrue();
    }

    @Path("v1/late")
    public static final class LateResource implements JaxRsComponent {
        @GET
        @org.retort.web.RequiresPermission("runs:read")
        public String late() {
            return "late";
        }
    }

    @Test
    void isCachedAndRebuiltWhenTheResourcesChange() throws Exception {
        var resource = new OpenApiResource();
        resource.addComponent(new HealthResource());
        String first = resource.openApi();
        assertThat(resource.openApi()).isSameAs(first);
        assertThat(first).doesNotContain("/v1/late");

        var late = new LateResource();
        resource.addComponent(late);
        JsonNode withLate = new ObjectMapper().readTree(resource.openApi());
        assertThat(withLate.path("paths").path("/v1/late").path("get").path(OpenApiDocument.PERMISSION).asText()).isEqualTo("runs:read");

        resource.removeComponent(late);
        assertThat(resource.openApi()).doesNotContain("/v1/late").isEqualTo(first);
    }
}
