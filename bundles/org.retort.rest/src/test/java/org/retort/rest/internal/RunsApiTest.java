package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retort.auth.internal.TestAuth.Account;
import org.retort.rest.testkit.Workflows;
import org.retort.store.NewRun;
import org.retort.store.Role;
import org.retort.store.RunStatus;
import org.retort.web.testkit.RestHarness.Reply;

/** Runs over HTTP on the real engine and node bundles: uploads, progress, outputs, cancel, retry, SSE, isolation. */
class RunsApiTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    private ApiFixture fx;
    private Account ada;
    private String workflow;
    private byte[] smiles;

    @BeforeEach
    void start() throws Exception {
        fx = new ApiFixture();
        ada = fx.auth.account("ada", Role.SCIENTIST);
        workflow = fx.createWorkflow(ada, ada.workspaceId(), Workflows.read("descriptors.json"));
        smiles = Files.readAllBytes(Workflows.folder().resolve("data/nci-500.smi"));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String submit(Account who, String body) {
        Reply reply = fx.post(who, "v1/workflows/" + workflow + "/runs", body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(202);
        return reply.json().path("id").asText();
    }

    private static JsonNode node(JsonNode run, String id) {
        for (JsonNode n : run.path("nodes")) {
            if (n.path("nodeId").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id + " in " + run);
    }

    @Test
    void anUploadedSmilesFileRunsThroughTheDescriptorsWorkflowAndItsCsvIsDownloadable() throws Exception {
        String sha = fx.upload(ada, "molecules.smi", smiles);
        String run = submit(ada, "{\"inputs\": {\"read\": \"artifact:" + sha + "\"}}");
        JsonNode done = fx.awaitEnd(ada, run, LONG);
        assertThat(done.path("status").asText()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(done.path("inputs").path("read").asText()).isEqualTo("artifact:" + sha);
        assertThat(node(done, "read").path("rowsOut").asLong()).isEqualTo(500);
        long written = node(done, "write").path("rowsIn").asLong();
        long rejected = node(done, "rejected").path("rowsIn").asLong();
        assertThat(written + rejected).isEqualTo(500);
        assertThat(written).isGreaterThan(400);

        JsonNode outputs = fx.get(ada, "v1/runs/" + run + "/outputs").json();
        assertThat(outputs.findValuesAsText("name")).containsExactlyInAnyOrder("descriptors.csv", "rejected.csv");
        Reply csv = fx.get(ada, "v1/runs/" + run + "/outputs/descriptors.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.is("text/csv")).as("%s", csv.contentType()).isTrue();
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("descriptors.csv");
        assertThat(csv.body().lines().count() - 1).as("rows below the header").isEqualTo(written);
        assertThat(fx.runsFolder.resolve(run).resolve("descriptors.csv")).exists();

        Reply preview = fx.get(ada, "v1/runs/" + run + "/nodes/descriptors/preview?port=out");
        assertThat(preview.status()).as("%s", preview).isEqualTo(200);
        assertThat(preview.json().path("columns").size()).isGreaterThan(5);
        assertThat(preview.json().path("rows").get(0).get(0).isTextual()).as("a molecule as its text").isTrue();

        assertThat(fx.get(ada, "v1/artifacts/" + sha).body().getBytes(StandardCharsets.UTF_8)).isEqualTo(smiles);
    }

    @Test
    void aDatasetVersionIsARunInputPinnedAtSubmissionAndAnotherUsersDatasetIsRefused() throws Exception {
        String dataset = fx.post(ada, "v1/workspaces/" + ada.workspaceId() + "/datasets", "{\"name\": \"nci\"}").json().path("id").asText();
        Reply uploaded = fx.postBytes(ada, "v1/datasets/" + dataset + "/versions?name=nci.smi", smiles);
        assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);

        String run = submit(ada, "{\"inputs\": {\"read\": \"dataset:" + dataset + "\"}}");
        JsonNode done = fx.awaitEnd(ada, run, LONG);
        assertThat(done.path("status").asText()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(done.path("inputs").path("read").asText()).as("the latest version, pinned").isEqualTo("dataset:" + dataset + "@1");
        assertThat(node(done, "read").path("rowsOut").asLong()).isEqualTo(500);

        Reply missing = fx.post(ada, "v1/workflows/" + workflow + "/runs", "{\"inputs\": {\"read\": \"dataset:" + dataset + "@7\"}}");
        assertThat(missing.isProblem(400)).as("%s", missing).isTrue();
        assertThat(missing.json().path("detail").asText()).contains("no version 7");
        Account bob = fx.auth.account("bob", Role.SCIENTIST);
        String bobs = fx.post(bob, "v1/workspaces/" + bob.workspaceId() + "/workflows", new String(Files.readAllBytes(
                Workflows.folder().resolve("descriptors.json")), StandardCharsets.UTF_8)).json().path("workflow").path("id").asText();
        Reply notTheirs = fx.post(bob, "v1/workflows/" + bobs + "/runs", "{\"inputs\": {\"read\": \"dataset:" + dataset + "\"}}");
        assertThat(notTheirs.isProblem(400)).as("%s", notTheirs).isTrue();
        assertThat(notTheirs.json().path("detail").asText()).contains("not in a workspace of yours");
    }

    @Test
    void aRunUpToANodeRunsItAndWhatItDependsOnAndARetryDoesTheSame() throws Exception {
        String run = submit(ada, "{\"upTo\": \"descriptors\"}");
        JsonNode done = fx.awaitEnd(ada, run, LONG);
        assertThat(done.path("status").asText()).as("%s", done).isEqualTo("SUCCEEDED");
        assertThat(done.path("upTo").asText()).isEqualTo("descriptors");
        assertThat(done.path("nodes").findValuesAsText("nodeId")).containsExactlyInAnyOrder("read", "standardize", "descriptors");
        assertThat(node(done, "descriptors").path("rowsOut").asLong()).isGreaterThan(400);
        assertThat(done.path("outputs").size()).as("no sink ran").isZero();
        Reply preview = fx.get(ada, "v1/runs/" + run + "/nodes/descriptors/preview?port=out");
        assertThat(preview.status()).as("%s", preview).isEqualTo(200);

        Reply retried = fx.post(ada, "v1/runs/" + run + "/retry", "");
        assertThat(retried.status()).as("%s", retried).isEqualTo(202);
        JsonNode again = fx.awaitEnd(ada, retried.json().path("id").asText(), LONG);
        assertThat(again.path("upTo").asText()).isEqualTo("descriptors");
        assertThat(again.path("nodes").size()).isEqualTo(3);

        Reply unknown = fx.post(ada, "v1/workflows/" + workflow + "/runs", "{\"upTo\": \"nowhere\"}");
        assertThat(unknown.isProblem(400)).as("%s", unknown).isTrue();
        assertThat(unknown.json().path("detail").asText()).contains("'nowhere'");
        assertThat(unknown.json().path("node").asText()).isEqualTo("nowhere");
    }

    @Test
    void theExampleRunsFromTheSharedDataFolderButAPathOutsideItIsRefusedNamingTheNode() throws Exception {
        String run = submit(ada, "{}");
        assertThat(fx.awaitEnd(ada, run, LONG).path("status").asText()).isEqualTo("SUCCEEDED");

        for (String path : List.of("/etc/passwd", "../../pom.xml")) {
            String escaping = Workflows.read("descriptors.json").replace("data/nci-500.smi", path);
            String id = fx.createWorkflow(ada, ada.workspaceId(), escaping.replace("\"id\": \"descriptors\"", "\"id\": \"x" + path.length() + "\""));
            Reply refused = fx.post(ada, "v1/workflows/" + id + "/runs", "{}");
            assertThat(refused.isProblem(400)).as("%s", refused).isTrue();
            assertThat(refused.json().path("problems").get(0).path("node").asText()).isEqualTo("read");
            assertThat(refused.json().path("detail").asText()).contains("'read'");
        }
        Reply notOurs = fx.post(ada, "v1/workflows/" + workflow + "/runs", "{\"inputs\": {\"read\": \"artifact:" + "0".repeat(64) + "\"}}");
        assertThat(notOurs.isProblem(400)).as("%s", notOurs).isTrue();
        Reply notASource = fx.post(ada, "v1/workflows/" + workflow + "/runs",
                "{\"inputs\": {\"write\": \"artifact:" + fx.upload(ada, "a.smi", smiles) + "\"}}");
        assertThat(notASource.isProblem(400)).as("%s", notASource).isTrue();
    }

    @Test
    void aRunIsCancelledAndItsRetryIsANewRunLinkedToIt() throws Exception {
        byte[] many = new String(smiles, StandardCharsets.UTF_8).repeat(40).getBytes(StandardCharsets.UTF_8);
        String sha = fx.upload(ada, "many.smi", many);
        String run = submit(ada, "{\"inputs\": {\"read\": \"artifact:" + sha + "\"}}");
        Reply cancelled = fx.post(ada, "v1/runs/" + run + "/cancel", "");
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(202);
        JsonNode end = fx.awaitEnd(ada, run, LONG);
        assertThat(end.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(fx.post(ada, "v1/runs/" + run + "/cancel", "").isProblem(409)).isTrue();

        Reply retried = fx.post(ada, "v1/runs/" + run + "/retry", "");
        assertThat(retried.status()).as("%s", retried).isEqualTo(202);
        assertThat(retried.json().path("retryOf").asText()).isEqualTo(run);
        assertThat(retried.json().path("inputs").path("read").asText()).isEqualTo("artifact:" + sha);
        String retry = retried.json().path("id").asText();
        fx.post(ada, "v1/runs/" + retry + "/cancel", "");
        fx.awaitEnd(ada, retry, LONG);
        assertThat(fx.store.audit().list(org.retort.store.AuditQuery.all().withAction("run.cancel"), 0, 10).total()).isEqualTo(2);
        assertThat(fx.store.audit().list(org.retort.store.AuditQuery.all().withAction("run.submit"), 0, 10).total()).isEqualTo(2);
    }

    @Test
    void theEventStreamDeliversProgressAndTheEndThenCloses() throws Exception {
        String sha = fx.upload(ada, "molecules.smi", new String(smiles, StandardCharsets.UTF_8).repeat(4).getBytes(StandardCharsets.UTF_8));
        String run = submit(ada, "{\"inputs\": {\"read\": \"artifact:" + sha + "\"}}");
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(fx.request(ada, "v1/runs/" + run + "/events")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        var names = new ArrayList<String>();
        String lastData = null;
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) { // the server closes the stream after "end"
                if (line.startsWith("event:")) {
                    names.add(line.substring(6).strip());
                } else if (line.startsWith("data:")) {
                    lastData = line.substring(5).strip();
                }
            }
        }
        assertThat(names.get(0)).isEqualTo("state");
        assertThat(names).contains("progress");
        assertThat(names.get(names.size() - 1)).isEqualTo("end");
        JsonNode end = new ObjectMapper().readTree(lastData);
        assertThat(end.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(end.path("outputs").size()).isEqualTo(2);

        // a run that is over: its state and its end at once
        Reply over = fx.get(ada, "v1/runs/" + run + "/events");
        assertThat(over.body()).contains("event: state").contains("event: end");
    }

    @Test
    void eventsArriveWhileTheRunGoesNotAllAtTheEnd() throws Exception {
        byte[] many = new String(smiles, StandardCharsets.UTF_8).repeat(40).getBytes(StandardCharsets.UTF_8);
        String run = submit(ada, "{\"inputs\": {\"read\": \"artifact:" + fx.upload(ada, "many.smi", many) + "\"}}");
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(fx.request(ada, "v1/runs/" + run + "/events")
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            while (first.isEmpty() || first.startsWith(":")) { // blank lines and comments
                first = lines.readLine();
            }
            assertThat(first).isEqualTo("event: state"); // streamed at once, not buffered until the end...
            assertThat(fx.post(ada, "v1/runs/" + run + "/cancel", "").status()).isEqualTo(202); // ...so the run is still going
            String line;
            String last = null;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    last = line;
                }
            }
            assertThat(new ObjectMapper().readTree(last.substring(5)).path("status").asText()).isEqualTo("CANCELLED");
        }
    }

    @Test
    void anotherUsersRunDoesNotExistForThemAndTheListShowsOnlyYourWorkspacesFilteredAndPaged() throws Exception {
        String first = submit(ada, "{}");
        fx.awaitEnd(ada, first, LONG);
        String second = submit(ada, "{}");
        fx.awaitEnd(ada, second, LONG);

        Account bob = fx.auth.account("bob", Role.SCIENTIST);
        assertThat(fx.get(bob, "v1/runs/" + first).isProblem(404)).isTrue();
        assertThat(fx.post(bob, "v1/runs/" + first + "/cancel", "").isProblem(404)).isTrue();
        assertThat(fx.post(bob, "v1/runs/" + first + "/retry", "").isProblem(404)).isTrue();
        assertThat(fx.get(bob, "v1/runs/" + first + "/outputs/descriptors.csv").isProblem(404)).isTrue();
        assertThat(fx.get(bob, "v1/runs/" + first + "/events").isProblem(404)).isTrue();
        assertThat(fx.get(bob, "v1/runs").json().path("total").asInt()).isZero();
        assertThat(fx.get(bob, "v1/runs?workspace=" + ada.workspaceId()).isProblem(404)).isTrue();

        // a failed run in the store, in another of ada's workspaces
        String team = fx.post(ada, "v1/workspaces", "{\"name\": \"team\"}").json().path("id").asText();
        var failed = fx.store.runs().create(NewRun.of(team, workflow, 1, ada.id()));
        fx.store.runs().updateStatus(failed.id(), RunStatus.FAILED, "test", Instant.now());

        JsonNode all = fx.get(ada, "v1/runs").json();
        assertThat(all.path("total").asInt()).isEqualTo(3);
        assertThat(all.path("items").get(0).path("id").asText()).as("newest first").isEqualTo(failed.id());
        JsonNode page = fx.get(ada, "v1/runs?offset=1&limit=1").json();
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(second);
        assertThat(fx.get(ada, "v1/runs?status=succeeded").json().path("total").asInt()).isEqualTo(2);
        assertThat(fx.get(ada, "v1/runs?status=FAILED,CANCELLED").json().path("total").asInt()).isEqualTo(1);
        assertThat(fx.get(ada, "v1/runs?workspace=" + team).json().path("total").asInt()).isEqualTo(1);
        assertThat(fx.get(ada, "v1/runs?workflow=" + workflow + "&workspace=" + ada.workspaceId()).json().path("total").asInt()).isEqualTo(2);
        assertThat(fx.get(ada, "v1/runs?status=SLEEPING").isProblem(400)).isTrue();
        assertThat(fx.get(ada, "v1/runs?limit=0").isProblem(400)).isTrue();

        Account root = fx.auth.account("root", Role.ADMIN);
        assertThat(fx.get(root, "v1/runs/" + first).status()).isEqualTo(200);
        assertThat(fx.get(root, "v1/runs").json().path("total").asInt()).isEqualTo(3);
    }

    @Test
    void runsTheStoreListsAsGoingButTheEngineDoesNotKnowAreMarkedInterruptedAtStart() {
        var orphan = fx.store.runs().create(NewRun.of(ada.workspaceId(), workflow, 1, ada.id()).withEngineRunId("gone"));
        var restarted = new RunService(fx.engine, fx.catalog, fx.store.runs(), fx.store.workflows(), fx.store.artifacts(),
                fx.store.datasets(), fx.store.workspaces(), fx.store.audit(), Workflows.folder(), fx.runsFolder);
        restarted.deactivate();
        var run = fx.store.runs().find(orphan.id()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failureMessage()).isEqualTo(RunService.INTERRUPTED);
    }

    @Test
    void anUploadAboveTheLimitIsA413AndDownloadsAreTheUploadersOnly() {
        // chunked, so the server counts while it stores (a Content-Length above the limit is refused before reading)
        Reply big = fx.api.send(fx.request(ada, "v1/artifacts?name=big.bin").POST(java.net.http.HttpRequest.BodyPublishers
                .ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[1024 * 1024 + 1]))));
        assertThat(big.isProblem(413)).as("%s", big).isTrue();
        assertThat(fx.api.send(fx.request(ada, "v1/artifacts").POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))).isProblem(400))
                .as("no name").isTrue();
        String sha = fx.upload(ada, "m.smi", smiles);
        Account bob = fx.auth.account("bob", Role.SCIENTIST);
        assertThat(fx.get(bob, "v1/artifacts/" + sha).isProblem(404)).isTrue();
        assertThat(fx.get(ada, "v1/artifacts/" + sha).status()).isEqualTo(200);
    }
}
