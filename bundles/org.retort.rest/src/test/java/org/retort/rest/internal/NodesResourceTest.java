package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retort.rest.testkit.InstalledNodeTypes;
import org.retort.web.testkit.RestHarness;
import org.retort.web.testkit.RestHarness.Reply;

/** The node palette over HTTP, on the real node bundles. */
class NodesResourceTest {

    private static RestHarness api;

    @BeforeAll
    static void start() {
        api = RestHarness.start(new NodesResource(InstalledNodeTypes.registry()));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode find(JsonNode palette, String id) {
        for (JsonNode node : palette) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError(id + " is not in the palette");
    }

    @Test
    void thePaletteListsEveryNodeTypeWithPortsAndParameterSchema() {
        Reply reply = api.get("v1/nodes");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.is("application/json")).isTrue();
        JsonNode palette = reply.json();
        assertThat(palette.size()).isEqualTo(InstalledNodeTypes.registry().nodeTypes().size()).isGreaterThan(15);

        JsonNode descriptors = find(palette, "retort.chem.descriptors");
        assertThat(descriptors.path("version").asText()).isEqualTo("1.0.0");
        assertThat(descriptors.path("title").asText()).isEqualTo("Descriptors");
        assertThat(descriptors.path("category").asText()).isEqualTo("Chemistry");
        assertThat(descriptors.path("kind").asText()).isEqualTo("STREAMING");
        assertThat(descriptors.path("tags").toString()).contains("tpsa");
        assertThat(descriptors.path("inputs").get(0).path("type").asText()).isEqualTo("MOLECULES");
        assertThat(descriptors.path("outputs").findValuesAsText("name")).containsExactly("out", "failure");
        JsonNode schema = descriptors.path("parameters");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("properties").path("xlogp").path("type").asText()).isEqualTo("boolean");
        assertThat(schema.path("properties").path("xlogp").path("default").asBoolean()).isTrue();
        assertThat(schema.path("properties").path("mw").path("title").asText()).isEqualTo("Molecular weight");
        assertThat(descriptors.has("docs")).as("docs are fetched one node at a time").isFalse();
        assertThat(api.get(descriptors.path("docsUrl").asText()).body()).contains("TPSA");
    }

    @Test
    void aClientWithTheCurrentPaletteGetsA304() {
        Reply first = api.get("v1/nodes");
        String tag = first.header("ETag").orElseThrow();
        Reply again = api.send(api.request("v1/nodes").header("If-None-Match", tag).GET());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        Reply stale = api.send(api.request("v1/nodes").header("If-None-Match", "\"something-else\"").GET());
        assertThat(stale.status()).isEqualTo(200);
    }

    @Test
    void aNodeTypeListsItsVersionsAndTheNewestDescriptor() {
        Reply reply = api.get("v1/nodes/retort.chem.descriptors");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().path("versions").toString()).isEqualTo("[\"1.0.0\"]");
        assertThat(reply.json().path("latest").path("id").asText()).isEqualTo("retort.chem.descriptors");

        Reply version = api.get("v1/nodes/retort.io.import-smiles/versions/1.0.0");
        assertThat(version.status()).as("%s", version).isEqualTo(200);
        assertThat(version.json().path("kind").asText()).isEqualTo("SOURCE");
        assertThat(version.json().path("parameters").path("required").toString()).contains("path");
    }

    @Test
    void docsAreMarkdown() {
        Reply reply = api.get("v1/nodes/retort.chem.descriptors/versions/1.0.0/docs");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.is("text/markdown")).as("%s", reply.contentType()).isTrue();
        assertThat(reply.body()).startsWith("# ").contains("Descriptors").contains("xlogp");
    }

    @Test
    void anUnknownNodeTypeIsA404ProblemNamingIt() {
        for (String path : new String[] {"v1/nodes/retort.nope", "v1/nodes/retort.nope/versions/1.0.0",
                "v1/nodes/retort.nope/versions/1.0.0/docs"}) {
            Reply reply = api.get(path);
            assertThat(reply.isProblem(404)).as("%s: %s", path, reply).isTrue();
            assertThat(reply.json().path("detail").asText()).contains("'retort.nope'");
            assertThat(reply.json().path("nodeType").asText()).isEqualTo("retort.nope");
        }
    }

    @Test
    void anUnknownVersionIsA404ProblemNamingItAndTheInstalledOnes() {
        Reply reply = api.get("v1/nodes/retort.chem.descriptors/versions/9.9.9/docs");
        assertThat(reply.isProblem(404)).as("%s", reply).isTrue();
        assertThat(reply.json().path("detail").asText()).contains("'9.9.9'").contains("installed: 1.0.0");
        assertThat(reply.json().path("instance").asText()).isEqualTo("/api/v1/nodes/retort.chem.descriptors/versions/9.9.9/docs");
    }
}
