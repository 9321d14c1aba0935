package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.retort.auth.internal.TestAuth;
import org.retort.auth.internal.TestAuth.Account;
import org.retort.engine.internal.Engine;
import org.retort.engine.internal.NodeRegistry;
import org.retort.rest.testkit.InstalledNodeTypes;
import org.retort.rest.testkit.Workflows;
import org.retort.store.testkit.TestStore;
import org.retort.web.testkit.RestHarness;
import org.retort.web.testkit.RestHarness.Reply;

/**
 * The API as it runs in Retort, in-process: the real security filter and accounts, a real store on
 * Derby, the real engine with the real node bundles, every resource of this bundle. The shared data
 * folder is the repository's {@code workflows/} (so {@code data/nci-500.smi} is readable); runs write
 * under a temporary folder.
 */
final class ApiFixture implements AutoCloseable {

    final TestStore store = TestStore.derby();
    final TestAuth auth = new TestAuth(store);
    final NodeRegistry catalog = InstalledNodeTypes.registry();
    final Engine engine = new Engine(catalog);
    final Path runsFolder;
    final RunService runs;
    final RestHarness api;

    ApiFixture() {
        try {
            runsFolder = Files.createTempDirectory("retort-rest-runs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs = new RunService(engine, catalog, store.runs(), store.workflows(), store.artifacts(), store.datasets(),
                store.workspaces(), store.audit(), Workflows.folder(), runsFolder);
        api = RestHarness.start(auth.filter(), new WorkspacesResource(store.workspaces(), store.users(), store.audit()),
                new WorkflowsResource(store.workflows(), store.workspaces(), engine, store.audit(), runs),
                new WorkspaceWorkflowsResource(store.workflows(), store.workspaces(), store.audit()),
                new WorkflowToolsResource(engine), new RunsResource(store.runs(), store.workspaces(), store.artifacts(), runs),
                new ArtifactsResource(store.artifacts(), store.audit(), 1024 * 1024),
                new WorkspaceDatasetsResource(store.datasets(), store.workspaces(), store.audit()),
                new DatasetsResource(store.datasets(), store.artifacts(), store.workspaces(), store.audit(), 1024 * 1024),
                new WorkspaceModelsResource(store.models(), store.workspaces()),
                new ModelsResource(store.models(), store.workspaces(), store.audit()),
                new SystemResource(store.backups(), store.runs(), catalog, store.audit()));
    }

    @Override
    public void close() {
        api.close();
        runs.deactivate();
        engine.close();
        auth.close();
        store.close();
    }

    HttpRequest.Builder request(Account who, String path) {
        return api.request(path).header("Authorization", "Bearer " + who.key());
    }

    Reply get(Account who, String path) {
        return api.send(request(who, path).GET());
    }

    Reply post(Account who, String path, String json) {
        return api.send(request(who, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(Account who, String path, String json) {
        return api.send(request(who, path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POSTs {@code content} as the raw body. */
    Reply postBytes(Account who, String path, byte[] content) {
        return api.send(request(who, path).header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    Reply delete(Account who, String path) {
        return api.send(request(who, path).DELETE());
    }

    /** Uploads {@code content} as an artifact named {@code name}; its SHA-256. */
    String upload(Account who, String name, byte[] content) {
        Reply reply = api.send(request(who, "v1/artifacts?name=" + name).header("Content-Type", "chemical/x-daylight-smiles")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("sha256").asText();
    }

    /** Stores {@code document} in the workspace; the workflow's id. */
    String createWorkflow(Account who, String workspaceId, String document) {
        Reply reply = post(who, "v1/workspaces/" + workspaceId + "/workflows", document);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("workflow").path("id").asText();
    }

    /** Polls the run until the store says it is over; the run. */
    JsonNode awaitEnd(Account who, String runId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode run = get(who, "v1/runs/" + runId).json();
            if (Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(run.path("status").asText())) {
                return run;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("run " + runId + " did not end in " + timeout + ": " + run);
            }
            Thread.sleep(50);
        }
    }
}
