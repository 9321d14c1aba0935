package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retort.auth.internal.TestAuth.Account;
import org.retort.rest.testkit.Workflows;
import org.retort.store.Role;
import org.retort.web.testkit.RestHarness.Reply;

/** Workspaces and stored workflows over HTTP, with the real security filter: versions, export, isolation. */
class WorkflowsApiTest {

    private ApiFixture fx;
    private Account ada;
    private Account bob;

    @BeforeEach
    void start() {
        fx = new ApiFixture();
        ada = fx.auth.account("ada", Role.SCIENTIST);
        bob = fx.auth.account("bob", Role.SCIENTIST);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void aWorkflowIsStoredVersionedAndExported() {
        String document = Workflows.read("descriptors.json");
        Reply created = fx.post(ada, "v1/workspaces/" + ada.workspaceId() + "/workflows", document);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.json().path("workflow").path("id").asText();
        assertThat(created.json().path("workflow").path("name").asText()).isEqualTo("descriptors");
        assertThat(created.json().path("version").path("version").asInt()).isEqualTo(1);

        Reply same = fx.put(ada, "v1/workflows/" + id, document.replace("\n", "\n  "));
        assertThat(same.status()).as("an identical document adds no version: %s", same).isEqualTo(200);
        assertThat(same.json().path("version").path("version").asInt()).isEqualTo(1);

        Reply changed = fx.put(ada, "v1/workflows/" + id, document.replace("\"concurrency\": 2", "\"concurrency\": 1"));
        assertThat(changed.status()).as("%s", changed).isEqualTo(201);
        assertThat(changed.json().path("version").path("version").asInt()).isEqualTo(2);

        JsonNode latest = fx.get(ada, "v1/workflows/" + id).json();
        assertThat(latest.path("workflow").path("latestVersion").asInt()).isEqualTo(2);
        assertThat(latest.path("document").path("nodes").get(2).path("concurrency").asInt()).isEqualTo(1);
        assertThat(fx.get(ada, "v1/workflows/" + id + "/versions").json().findValuesAsText("version")).containsExactly("1", "2");

        Reply export = fx.get(ada, "v1/workflows/" + id + "/versions/1?download=true");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"descriptors-v1.json\"");
        assertThat(export.json().path("nodes").get(2).path("concurrency").asInt()).isEqualTo(2);
        assertThat(fx.get(ada, "v1/workflows/" + id + "/versions/3").isProblem(404)).isTrue();

        Reply list = fx.get(ada, "v1/workspaces/" + ada.workspaceId() + "/workflows?name=DESCR");
        assertThat(list.json().path("total").asInt()).isEqualTo(1);
        assertThat(fx.get(ada, "v1/workspaces/" + ada.workspaceId() + "/workflows?name=zzz").json().path("total").asInt()).isZero();

        assertThat(fx.post(ada, "v1/workflows/" + id + "/validate", "").json().path("valid").asBoolean()).isTrue();
        Reply yaml = fx.get(ada, "v1/workflows/" + id + "/camel-yaml");
        assertThat(yaml.status()).as("%s", yaml).isEqualTo(200);
        assertThat(yaml.body()).contains("descriptors");

        assertThat(fx.post(ada, "v1/workspaces/" + ada.workspaceId() + "/workflows", document).isProblem(409)).as("name taken").isTrue();
        assertThat(fx.delete(ada, "v1/workflows/" + id).status()).isEqualTo(204);
        assertThat(fx.get(ada, "v1/workflows/" + id).isProblem(404)).isTrue();
    }

    @Test
    void malformedAndOversizedDocumentsAreProblems() {
        Reply malformed = fx.post(ada, "v1/workspaces/" + ada.workspaceId() + "/workflows", "{\"format\": \"retort.workflow/1\", \"nodes\": [");
        assertThat(malformed.isProblem(400)).as("%s", malformed).isTrue();
        assertThat(malformed.json().path("title").asText()).isEqualTo("Malformed workflow");
        assertThat(malformed.body()).doesNotContain("\tat ");
        String huge = "{\"id\": \"" + "x".repeat(WorkflowToolsResource.MAX_DOCUMENT_BYTES) + "\"}";
        assertThat(fx.post(ada, "v1/workspaces/" + ada.workspaceId() + "/workflows", huge).isProblem(413)).isTrue();
    }

    @Test
    void anotherUsersWorkflowDoesNotExistForYouViewersReadAndAdminsSeeEverything() {
        String id = fx.createWorkflow(ada, ada.workspaceId(), Workflows.read("descriptors.json"));
        assertThat(fx.get(bob, "v1/workflows/" + id).isProblem(404)).isTrue();
        assertThat(fx.put(bob, "v1/workflows/" + id, Workflows.read("descriptors.json")).isProblem(404)).isTrue();
        assertThat(fx.delete(bob, "v1/workflows/" + id).isProblem(404)).isTrue();
        assertThat(fx.get(bob, "v1/workspaces/" + ada.workspaceId() + "/workflows").isProblem(404)).isTrue();
        assertThat(fx.post(bob, "v1/workflows/" + id + "/runs", "{}").isProblem(404)).isTrue();

        // ada makes bob a viewer of her workspace: he reads, he does not write
        Reply added = fx.put(ada, "v1/workspaces/" + ada.workspaceId() + "/members/bob", "{\"role\": \"VIEWER\"}");
        assertThat(added.status()).as("%s", added).isEqualTo(200);
        assertThat(fx.get(bob, "v1/workflows/" + id).status()).isEqualTo(200);
        assertThat(fx.put(bob, "v1/workflows/" + id, Workflows.read("pains-triage.json")).isProblem(403)).isTrue();
        assertThat(fx.post(bob, "v1/workflows/" + id + "/runs", "{}").isProblem(403)).isTrue();
        assertThat(fx.put(bob, "v1/workspaces/" + ada.workspaceId() + "/members/bob", "{\"role\": \"OWNER\"}").isProblem(403))
                .as("only owners manage members").isTrue();
        JsonNode bobs = fx.get(bob, "v1/workspaces").json();
        assertThat(bobs.findValuesAsText("role")).containsExactlyInAnyOrder("OWNER", "VIEWER");

        Account root = fx.auth.account("root", Role.ADMIN);
        assertThat(fx.get(root, "v1/workflows/" + id).status()).isEqualTo(200);
        assertThat(fx.get(root, "v1/workspaces").json().findValuesAsText("name")).contains("ada", "bob", "root");

        assertThat(fx.delete(ada, "v1/workspaces/" + ada.workspaceId() + "/members/bob").status()).isEqualTo(204);
        assertThat(fx.get(bob, "v1/workflows/" + id).isProblem(404)).isTrue();
        assertThat(fx.delete(ada, "v1/workspaces/" + ada.workspaceId() + "/members/ada").isProblem(409)).as("last owner").isTrue();
    }

    @Test
    void aNewWorkspaceIsOwnedByItsCreatorAndAViewerRoleCannotCreateOne() {
        Reply created = fx.post(ada, "v1/workspaces", "{\"name\": \"Kinase team\"}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().path("role").asText()).isEqualTo("OWNER");
        String ws = created.json().path("id").asText();
        assertThat(fx.get(ada, "v1/workspaces/" + ws + "/members").json().findValuesAsText("username")).containsExactly("ada");
        assertThat(fx.post(ada, "v1/workspaces", "{\"name\": \"kinase TEAM\"}").isProblem(409)).isTrue();
        assertThat(fx.get(bob, "v1/workspaces/" + ws).isProblem(404)).isTrue();

        Account vic = fx.auth.account("vic", Role.VIEWER);
        assertThat(fx.post(vic, "v1/workspaces", "{\"name\": \"mine\"}").isProblem(403)).isTrue();
        assertThat(fx.get(vic, "v1/workspaces").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheNewEndpointsWithTheirPermissions() throws Exception {
        JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(OpenApiDocument.json(java.util.List.of(
                WorkspacesResource.class, WorkspaceWorkflowsResource.class, WorkflowsResource.class, RunsResource.class,
                ArtifactsResource.class), "0.1.0"));
        JsonNode paths = doc.path("paths");
        assertThat(paths.path("/v1/workflows/{id}/runs").path("post").path(OpenApiDocument.PERMISSION).asText()).isEqualTo("runs:write");
        assertThat(paths.path("/v1/workspaces/{ws}/workflows").path("post").path(OpenApiDocument.PERMISSION).asText()).isEqualTo("workflows:write");
        assertThat(paths.path("/v1/runs/{id}/events").path("get").path(OpenApiDocument.PERMISSION).asText()).isEqualTo("runs:read");
        assertThat(paths.path("/v1/artifacts").path("post").path(OpenApiDocument.PERMISSION).asText()).isEqualTo("runs:write");
    }
}
