package org.retort.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.retort.store.ApiKey;
import org.retort.store.Artifact;
import org.retort.store.AuditEntry;
import org.retort.store.AuditQuery;
import org.retort.store.Dataset;
import org.retort.store.DatasetVersion;
import org.retort.store.Membership;
import org.retort.store.Model;
import org.retort.store.ModelPromotion;
import org.retort.store.ModelVersion;
import org.retort.store.NewModelVersion;
import org.retort.store.NewRun;
import org.retort.store.Page;
import org.retort.store.Role;
import org.retort.store.Run;
import org.retort.store.RunQuery;
import org.retort.store.RunStatus;
import org.retort.store.StoreConflictException;
import org.retort.store.StoreNotFoundException;
import org.retort.store.TokenPurpose;
import org.retort.store.User;
import org.retort.store.Workflow;
import org.retort.store.WorkflowVersion;
import org.retort.store.Workspace;
import org.retort.store.WorkspaceRole;

/**
 * The store's behaviour, the same on every database: subclasses say which database. One store is opened per class;
 * tests stay independent by using fresh names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContractTest {

    Path tmp;

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    Store store;

    /** The database to test, with artifacts under {@code artifacts}. */
    abstract StoreSettings settings(Path artifacts);

    @BeforeAll
    void open(@TempDir Path dir) {
        tmp = dir;
        store = Store.open(settings(tmp.resolve("artifacts")), clock);
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    User user() {
        String name = unique("user");
        return store.users().create(name, name + "@example.org", "hash", Set.of(Role.SCIENTIST), false);
    }

    Workspace workspace() {
        return store.workspaces().create(unique("ws"), null);
    }

    // ---- users

    @Test
    void createsAndFindsUsersWithoutRegardToCase() {
        String name = unique("Alice");
        User u = store.users().create(name, name + "@Example.org", "h1", Set.of(Role.ADMIN, Role.VIEWER), true);

        assertThat(u.id()).hasSize(36);
        assertThat(u.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.VIEWER);
        assertThat(u.createdAt()).isEqualTo(clock.instant());
        assertThat(store.users().find(u.id())).contains(u);
        assertThat(store.users().findByUsername(name.toUpperCase())).contains(u);
        assertThat(store.users().findByEmail(name.toLowerCase() + "@example.ORG")).contains(u);
        assertThat(store.users().find("nope")).isEmpty();
    }

    @Test
    void refusesATakenUsernameOrEmail() {
        User u = user();
        assertThatThrownBy(() -> store.users().create(u.username().toUpperCase(), "other@example.org", "h",
                Set.of(), false)).isInstanceOf(StoreConflictException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> store.users().create(unique("bob"), u.email().toUpperCase(), "h", Set.of(), false))
                .isInstanceOf(StoreConflictException.class).hasMessageContaining("email")
                .hasMessageNotContaining("INSERT");
    }

    @Test
    void changesUsers() {
        User u = user();
        assertThat(store.users().updatePasswordHash(u.id(), "h2").passwordHash()).isEqualTo("h2");
        assertThat(store.users().setRoles(u.id(), Set.of(Role.OPERATOR)).roles()).containsExactly(Role.OPERATOR);
        assertThat(store.users().markVerified(u.id()).verified()).isTrue();
        store.users().recordFailedLogin(u.id());
        assertThat(store.users().recordFailedLogin(u.id()).failedLogins()).isEqualTo(2);
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        User locked = store.users().lockUntil(u.id(), until);
        assertThat(locked.lockedUntil()).isEqualTo(until);
        assertThat(locked.lockedAt(clock.instant())).isTrue();
        User reset = store.users().resetFailedLogins(u.id());
        assertThat(reset.failedLogins()).isZero();
        assertThat(reset.lockedUntil()).isNull();
        assertThat(store.users().find(u.id())).contains(reset);
    }

    @Test
    void missingUsersAreNotFound() {
        assertThatThrownBy(() -> store.users().markVerified("missing"))
                .isInstanceOf(StoreNotFoundException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> store.users().recordFailedLogin("missing"))
                .isInstanceOf(StoreNotFoundException.class);
        assertThat(store.users().delete("missing")).isFalse();
    }

    @Test
    void pagesUsersAndDeletesWithDependents() {
        User a = user();
        user();
        user();
        Page<User> first = store.users().list(0, 2);
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isGreaterThanOrEqualTo(3).isEqualTo(store.users().count());
        assertThat(first.hasMore()).isTrue();
        Page<User> second = store.users().list(1, 2);
        assertThat(second.items().get(0)).isEqualTo(first.items().get(1));
        assertThat(second.items()).doesNotContain(first.items().get(0));

        store.tokens().create(a.id(), TokenPurpose.VERIFY_EMAIL, unique("t"), clock.instant().plusSeconds(60));
        store.apiKeys().create(a.id(), "k", unique("p"), "s", Set.of());
        store.workspaces().addMember(workspace().id(), a.id(), WorkspaceRole.OWNER);
        assertThat(store.users().delete(a.id())).isTrue();
        assertThat(store.users().find(a.id())).isEmpty();
        assertThat(store.workspaces().membershipsOf(a.id())).isEmpty();
    }

    // ---- tokens

    @Test
    void aTokenIsUsedOnceBeforeItExpires() {
        User u = user();
        String hash = unique("hash");
        Instant expires = clock.instant().plus(Duration.ofHours(1));
        store.tokens().create(u.id(), TokenPurpose.RESET_PASSWORD, hash, expires);

        assertThat(store.tokens().consume(hash, TokenPurpose.VERIFY_EMAIL, clock.instant())).isEmpty();
        assertThat(store.tokens().consume(hash, TokenPurpose.RESET_PASSWORD, clock.instant())).contains(u.id());
        assertThat(store.tokens().consume(hash, TokenPurpose.RESET_PASSWORD, clock.instant())).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        User u = user();
        String hash = unique("hash");
        Instant expires = clock.instant().plus(Duration.ofHours(1));
        store.tokens().create(u.id(), TokenPurpose.VERIFY_EMAIL, hash, expires);

        assertThat(store.tokens().consume(hash, TokenPurpose.VERIFY_EMAIL, expires)).isEmpty();
        assertThat(store.tokens().consume("unknown", TokenPurpose.VERIFY_EMAIL, clock.instant())).isEmpty();
        assertThat(store.tokens().purge(expires)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void invalidatedTokensCannotBeUsed() {
        User u = user();
        String hash = unique("hash");
        store.tokens().create(u.id(), TokenPurpose.RESET_PASSWORD, hash, clock.instant().plusSeconds(600));
        assertThat(store.tokens().invalidate(u.id(), TokenPurpose.RESET_PASSWORD, clock.instant())).isEqualTo(1);
        assertThat(store.tokens().consume(hash, TokenPurpose.RESET_PASSWORD, clock.instant())).isEmpty();
        assertThatThrownBy(() -> store.tokens().create("missing", TokenPurpose.RESET_PASSWORD, unique("h"),
                clock.instant())).isInstanceOf(StoreNotFoundException.class);
    }

    // ---- API keys

    @Test
    void apiKeysAreFoundByPrefixUntilRevoked() {
        User u = user();
        String prefix = unique("rk");
        ApiKey key = store.apiKeys().create(u.id(), "notebook", prefix, "secret-hash", Set.of("runs:read", "x"));
        assertThat(key.scopes()).containsExactlyInAnyOrder("runs:read", "x");
        assertThat(store.apiKeys().findActiveByPrefix(prefix)).contains(key);
        assertThatThrownBy(() -> store.apiKeys().create(u.id(), "again", prefix, "h", Set.of()))
                .isInstanceOf(StoreConflictException.class);

        Instant used = clock.instant().plusSeconds(5);
        store.apiKeys().touch(key.id(), used);
        assertThat(store.apiKeys().find(key.id()).orElseThrow().lastUsedAt()).isEqualTo(used);

        ApiKey revoked = store.apiKeys().revoke(key.id());
        assertThat(revoked.active()).isFalse();
        assertThat(store.apiKeys().findActiveByPrefix(prefix)).isEmpty();
        assertThat(store.apiKeys().listForUser(u.id())).extracting(ApiKey::id).containsExactly(key.id());
        assertThatThrownBy(() -> store.apiKeys().revoke("missing")).isInstanceOf(StoreNotFoundException.class);
    }

    // ---- workspaces

    @Test
    void workspacesHaveMembers() {
        User owner = user();
        User member = user();
        Workspace ws = store.workspaces().create(unique("Team"), owner.id());
        assertThat(store.workspaces().findByName(ws.name().toUpperCase())).contains(ws);
        assertThatThrownBy(() -> store.workspaces().create(ws.name().toLowerCase(), null))
                .isInstanceOf(StoreConflictException.class);

        store.workspaces().addMember(ws.id(), owner.id(), WorkspaceRole.OWNER);
        store.workspaces().addMember(ws.id(), member.id(), WorkspaceRole.VIEWER);
        Membership changed = store.workspaces().addMember(ws.id(), member.id(), WorkspaceRole.MEMBER);
        assertThat(changed.role()).isEqualTo(WorkspaceRole.MEMBER);
        assertThat(store.workspaces().members(ws.id())).extracting(Membership::userId)
                .containsExactlyInAnyOrder(owner.id(), member.id());
        assertThat(store.workspaces().membershipsOf(member.id())).containsExactly(changed);

        assertThat(store.workspaces().removeMember(ws.id(), member.id())).isTrue();
        assertThat(store.workspaces().removeMember(ws.id(), member.id())).isFalse();
        assertThat(store.workspaces().membership(ws.id(), member.id())).isEmpty();
        assertThatThrownBy(() -> store.workspaces().addMember(ws.id(), "missing", WorkspaceRole.MEMBER))
                .isInstanceOf(StoreNotFoundException.class);
        assertThatThrownBy(() -> store.workspaces().addMember("missing", owner.id(), WorkspaceRole.MEMBER))
                .isInstanceOf(StoreNotFoundException.class);
    }

    // ---- workflows

    @Test
    void workflowVersionsAreNumberedAndHashedCanonically() {
        Workspace ws = workspace();
        Workflow wf = store.workflows().create(ws.id(), "Triage", "u1");
        assertThat(wf.latestVersion()).isZero();

        WorkflowVersion v1 = store.workflows().addVersion(wf.id(), "{\"b\": 1, \"a\": [1, {\"y\": 2, \"x\": 3}]}",
                "u1", "first");
        WorkflowVersion v2 = store.workflows().addVersion(wf.id(), "{\"a\":[1,{\"x\":3,\"y\":2}],\"b\":1}", "u2",
                null);
        WorkflowVersion v3 = store.workflows().addVersion(wf.id(), "{\"a\":[],\"b\":1}", "u2", "changed");

        assertThat(List.of(v1.version(), v2.version(), v3.version())).containsExactly(1, 2, 3);
        assertThat(v1.sha256()).hasSize(64).isEqualTo(v2.sha256()).isNotEqualTo(v3.sha256());
        assertThat(store.workflows().version(wf.id(), 1).orElseThrow().document()).isEqualTo(v1.document());
        assertThat(store.workflows().latestVersion(wf.id())).contains(v3);
        assertThat(store.workflows().versions(wf.id())).containsExactly(v1, v2, v3);
        assertThat(store.workflows().find(wf.id()).orElseThrow().latestVersion()).isEqualTo(3);
        assertThat(store.workflows().version(wf.id(), 4)).isEmpty();

        assertThatThrownBy(() -> store.workflows().addVersion(wf.id(), "{not json", "u1", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.workflows().addVersion("missing", "{}", "u1", null))
                .isInstanceOf(StoreNotFoundException.class);
    }

    @Test
    void largeDocumentsRoundTrip() {
        Workflow wf = store.workflows().create(workspace().id(), "big", "u1");
        String doc = "{\"nodes\":[" + String.join(",", java.util.Collections.nCopies(20_000,
                "{\"id\":\"n\",\"type\":\"retort.chem.descriptors\"}")) + "]}";
        assertThat(doc.length()).isGreaterThan(100_000);
        store.workflows().addVersion(wf.id(), doc, "u1", null);
        assertThat(store.workflows().latestVersion(wf.id()).orElseThrow().document()).isEqualTo(doc);
    }

    @Test
    void concurrentAddVersionsGetDistinctNumbers() throws Exception {
        Workflow wf = store.workflows().create(workspace().id(), "race", "u1");
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<WorkflowVersion>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String doc = "{\"n\":" + i + "}";
                Callable<WorkflowVersion> add = () -> {
                    start.await();
                    return store.workflows().addVersion(wf.id(), doc, "u1", null);
                };
                futures.add(pool.submit(add));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<WorkflowVersion> f : futures) {
                numbers.add(f.get().version());
            }
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.workflows().versions(wf.id())).extracting(WorkflowVersion::version)
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void workflowsAreListedFilteredRenamedAndSoftDeleted() {
        Workspace ws = workspace();
        Workflow a = store.workflows().create(ws.id(), "Alpha screen", "u1");
        Workflow b = store.workflows().create(ws.id(), "Beta screen", "u1");
        store.workflows().create(ws.id(), "Gamma", "u1");
        store.workflows().addVersion(b.id(), "{}", "u1", null);
        assertThatThrownBy(() -> store.workflows().create(ws.id(), "alpha SCREEN", "u1"))
                .isInstanceOf(StoreConflictException.class);
        assertThatThrownBy(() -> store.workflows().create("missing", "x", "u1"))
                .isInstanceOf(StoreNotFoundException.class);

        Page<Workflow> screens = store.workflows().list(ws.id(), "SCREEN", 0, 10);
        assertThat(screens.total()).isEqualTo(2);
        assertThat(screens.items()).extracting(Workflow::name).containsExactly("Alpha screen", "Beta screen");
        assertThat(store.workflows().list(ws.id(), null, 1, 1).items()).extracting(Workflow::name)
                .containsExactly("Beta screen");

        assertThat(store.workflows().rename(a.id(), "Delta").name()).isEqualTo("Delta");
        assertThatThrownBy(() -> store.workflows().rename(a.id(), "gamma")).isInstanceOf(StoreConflictException.class);

        assertThat(store.workflows().delete(b.id())).isTrue();
        assertThat(store.workflows().delete(b.id())).isFalse();
        assertThat(store.workflows().find(b.id())).isEmpty();
        assertThat(store.workflows().version(b.id(), 1)).isPresent();
        assertThat(store.workflows().list(ws.id(), null, 0, 10).total()).isEqualTo(2);
        // the name is free again
        assertThat(store.workflows().create(ws.id(), "Beta screen", "u1").id()).isNotEqualTo(b.id());
        assertThatThrownBy(() -> store.workflows().addVersion(b.id(), "{}", "u1", null))
                .isInstanceOf(StoreNotFoundException.class);
    }

    // ---- runs

    @Test
    void runsMoveThroughTheirLife() {
        Workspace ws = workspace();
        Workflow wf = store.workflows().create(ws.id(), "wf", "u1");
        Run run = store.runs().create(NewRun.of(ws.id(), wf.id(), 1, "u1").withInputs("{\"file\":\"a.csv\"}")
                .withNodeVersions("{\"retort.io.csv\":\"1.0.0\"}"));
        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.inputsJson()).isEqualTo("{\"file\":\"a.csv\"}");

        Instant started = clock.instant().plusSeconds(1);
        Run running = store.runs().updateStatus(run.id(), RunStatus.RUNNING, null, started);
        assertThat(running.startedAt()).isEqualTo(started);
        store.runs().updateCounters(run.id(), "{\"n1\":{\"rowsIn\":10}}");
        store.runs().setEngineRunId(run.id(), "engine-" + run.id());
        Instant ended = started.plusSeconds(2);
        Run failed = store.runs().updateStatus(run.id(), RunStatus.FAILED, "Node n1: bad SMILES", ended);
        assertThat(failed.endedAt()).isEqualTo(ended);
        assertThat(failed.failureMessage()).isEqualTo("Node n1: bad SMILES");
        assertThat(failed.countersJson()).isEqualTo("{\"n1\":{\"rowsIn\":10}}");
        assertThat(store.runs().findByEngineRunId("engine-" + run.id())).contains(failed);

        assertThatThrownBy(() -> store.runs().updateStatus(run.id(), RunStatus.RUNNING, null, ended))
                .isInstanceOf(StoreConflictException.class);
        assertThatThrownBy(() -> store.runs().updateStatus("missing", RunStatus.RUNNING, null, ended))
                .isInstanceOf(StoreNotFoundException.class);
        assertThatThrownBy(() -> store.runs().create(NewRun.of("missing", null, 1, "u1")))
                .isInstanceOf(StoreNotFoundException.class);

        Run retry = store.runs().create(NewRun.of(ws.id(), wf.id(), 1, "u1").retrying(run.id()).withUpTo("descriptors"));
        assertThat(retry.retryOf()).isEqualTo(run.id());
        assertThat(store.runs().find(retry.id()).orElseThrow().upTo()).isEqualTo("descriptors");
        assertThat(run.upTo()).isNull();
        assertThat(store.runs().listUnfinished()).extracting(Run::id).contains(retry.id()).doesNotContain(run.id());
    }

    @Test
    void runsAreFilteredAndPagedWithATotal() {
        Workspace ws = workspace();
        Workflow a = store.workflows().create(ws.id(), "a", "u1");
        Workflow b = store.workflows().create(ws.id(), "b", "u1");
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofSeconds(1));
            runs.add(store.runs().create(NewRun.of(ws.id(), i % 2 == 0 ? a.id() : b.id(), 1, i < 5 ? "u1" : "u2")));
        }
        store.runs().updateStatus(runs.get(0).id(), RunStatus.RUNNING, null, clock.instant());
        store.runs().updateStatus(runs.get(2).id(), RunStatus.SUCCEEDED, null, clock.instant());

        RunQuery inWs = RunQuery.all().inWorkspace(ws.id());
        Page<Run> page = store.runs().list(inWs, 0, 3);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items()).extracting(Run::id)
                .containsExactly(runs.get(6).id(), runs.get(5).id(), runs.get(4).id());
        assertThat(store.runs().list(inWs, 6, 3).items()).extracting(Run::id).containsExactly(runs.get(0).id());
        assertThat(store.runs().list(inWs.ofWorkflow(a.id()), 0, 10).total()).isEqualTo(4);
        assertThat(store.runs().list(inWs.submittedBy("u2"), 0, 10).total()).isEqualTo(2);
        assertThat(store.runs().list(inWs.withStatus(RunStatus.RUNNING, RunStatus.SUCCEEDED), 0, 10).items())
                .extracting(Run::id).containsExactlyInAnyOrder(runs.get(0).id(), runs.get(2).id());
        assertThat(store.runs().list(inWs.ofWorkflow(a.id()).submittedBy("u1").withStatus(RunStatus.QUEUED), 0, 10)
                .items()).extracting(Run::id).containsExactly(runs.get(4).id());
        assertThatThrownBy(() -> store.runs().list(inWs, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- artifacts

    @Test
    void identicalContentIsStoredOnce() throws IOException {
        byte[] bytes = ("smiles\nCCO\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Artifact first = store.artifacts().put(new ByteArrayInputStream(bytes), "text/csv", "a.csv");
        Artifact second = store.artifacts().put(new ByteArrayInputStream(bytes), "text/plain", "b.csv");

        assertThat(second).isEqualTo(first);
        assertThat(first.size()).isEqualTo(bytes.length);
        assertThat(first.sha256()).isEqualTo(CanonicalJson.sha256Hex(bytes));
        Path file = store.artifacts().path(first.sha256());
        Path root = tmp.resolve("artifacts");
        assertThat(root.relativize(file).toString().replace('\\', '/'))
                .isEqualTo(first.sha256().substring(0, 2) + "/" + first.sha256().substring(2, 4) + "/"
                        + first.sha256());
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().equals(first.sha256()))).hasSize(1);
        }
        try (Stream<Path> leftovers = Files.list(root.resolve("tmp"))) {
            assertThat(leftovers).isEmpty();
        }
        try (InputStream in = store.artifacts().open(first.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.artifacts().exists(first.sha256())).isTrue();
    }

    @Test
    void unknownArtifactsAreNotFound() {
        String sha = "0".repeat(64);
        assertThat(store.artifacts().exists(sha)).isFalse();
        assertThat(store.artifacts().find("../../etc/passwd")).isEmpty();
        assertThatThrownBy(() -> store.artifacts().open(sha)).isInstanceOf(StoreNotFoundException.class);
        assertThatThrownBy(() -> store.artifacts().open("../x")).isInstanceOf(StoreNotFoundException.class);
    }

    // ---- datasets

    @Test
    void datasetVersionsPointAtArtifacts() {
        Workspace ws = workspace();
        Dataset ds = store.datasets().create(ws.id(), "Compounds", "u1");
        assertThatThrownBy(() -> store.datasets().create(ws.id(), "compounds", "u1"))
                .isInstanceOf(StoreConflictException.class);
        Artifact csv = store.artifacts().put(new ByteArrayInputStream(unique("rows").getBytes(StandardCharsets.UTF_8)),
                "text/csv", "c.csv");

        DatasetVersion v1 = store.datasets().addVersion(ds.id(), csv.sha256(), 120, "csv", "u1", "import");
        DatasetVersion v2 = store.datasets().addVersion(ds.id(), csv.sha256(), -5, "csv", "u1", null);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.rowCount()).isEqualTo(-1);
        assertThat(store.datasets().versions(ds.id())).containsExactly(v1, v2);
        assertThat(store.datasets().version(ds.id(), 1)).contains(v1);
        assertThat(store.datasets().latestVersion(ds.id())).contains(v2);
        assertThat(store.datasets().find(ds.id()).orElseThrow().latestVersion()).isEqualTo(2);
        assertThat(store.datasets().findByName(ws.id(), "COMPOUNDS")).map(Dataset::id).contains(ds.id());
        assertThat(store.datasets().list(ws.id(), 0, 10).total()).isEqualTo(1);

        assertThatThrownBy(() -> store.datasets().addVersion(ds.id(), "f".repeat(64), 1, "csv", "u1", null))
                .isInstanceOf(StoreNotFoundException.class);
        assertThatThrownBy(() -> store.datasets().addVersion("missing", csv.sha256(), 1, "csv", "u1", null))
                .isInstanceOf(StoreNotFoundException.class);
    }

    // ---- model registry

    Artifact modelArtifact() {
        return store.artifacts().put(new ByteArrayInputStream(unique("model").getBytes(StandardCharsets.UTF_8)),
                "application/x-protobuf", "model.pb");
    }

    static NewModelVersion newVersion(String sha256, String rmse) {
        return new NewModelVersion(sha256, "regression", "xgboost", "pActivity", "[\"d1\",\"d2\"]",
                "{\"rmse\":" + rmse + "}", 812, "ab".repeat(32), "{\"class-name\":\"x\"}");
    }

    @Test
    void modelsAreNamedOncePerWorkspaceAndListedByName() {
        Workspace ws = workspace();
        Workspace other = workspace();
        Model b = store.models().create(ws.id(), "Solubility", "u1");
        Model a = store.models().create(ws.id(), " affinity ", "u1");
        store.models().create(other.id(), "solubility", "u1");
        assertThatThrownBy(() -> store.models().create(ws.id(), "SOLUBILITY", "u1"))
                .isInstanceOf(StoreConflictException.class);
        assertThatThrownBy(() -> store.models().create("missing", "m", "u1"))
                .isInstanceOf(StoreNotFoundException.class);
        assertThatThrownBy(() -> store.models().create(ws.id(), " ", "u1"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(a.name()).isEqualTo("affinity");
        assertThat(b.latestVersion()).isZero();
        assertThat(b.hasActiveVersion()).isFalse();
        assertThat(store.models().find(b.id())).contains(b);
        assertThat(store.models().find("missing")).isEmpty();
        assertThat(store.models().findByName(ws.id(), "solubility")).contains(b);
        assertThat(store.models().findByName(ws.id(), "nope")).isEmpty();
        Page<Model> page = store.models().list(ws.id(), 0, 1);
        assertThat(page.items()).containsExactly(a);
        assertThat(page.total()).isEqualTo(2);
        assertThat(store.models().list(ws.id(), 1, 10).items()).containsExactly(b);
    }

    @Test
    void modelVersionsKeepWhatTrainingKnew() {
        Model m = store.models().create(workspace().id(), "m", "u1");
        Artifact artifact = modelArtifact();
        String provenance = "{\"trainer\":{\"seed\":\"12345\"},\"text\":\"" + "p".repeat(40_000) + "\"}";
        ModelVersion v1 = store.models().addVersion(m.id(), new NewModelVersion(artifact.sha256(), "regression",
                "xgboost", "pActivity", "[\"d1\"]", "{\"rmse\":0.5}", 812, "ab".repeat(32), provenance), "u1");
        ModelVersion v2 = store.models().addVersion(m.id(), new NewModelVersion(artifact.sha256(), "classification",
                null, null, null, null, -3, null, null), "u2");

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v1.provenanceJson()).isEqualTo(provenance);
        assertThat(v1.trainingRows()).isEqualTo(812);
        assertThat(v2.trainingRows()).isEqualTo(-1);
        assertThat(store.models().versions(m.id())).containsExactly(v1, v2);
        assertThat(store.models().version(m.id(), 1)).contains(v1);
        assertThat(store.models().version(m.id(), 3)).isEmpty();
        assertThat(store.models().find(m.id()).orElseThrow().latestVersion()).isEqualTo(2);
        assertThat(store.models().active(m.id())).isEmpty();

        assertThatThrownBy(() -> store.models().addVersion(m.id(), newVersion("f".repeat(64), "1"), "u1"))
                .isInstanceOf(StoreNotFoundException.class);
        assertThatThrownBy(() -> store.models().addVersion("missing", newVersion(artifact.sha256(), "1"), "u1"))
                .isInstanceOf(StoreNotFoundException.class);
        assertThatThrownBy(() -> store.models().addVersion(m.id(), new NewModelVersion(artifact.sha256(), "",
                null, null, null, null, 1, null, null), "u1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void promotionsAreRolledBackInReverseOrder() {
        Model m = store.models().create(workspace().id(), "m", "u1");
        String sha = modelArtifact().sha256();
        for (int i = 1; i <= 3; i++) {
            store.models().addVersion(m.id(), newVersion(sha, "0." + i), "u1");
        }
        assertThatThrownBy(() -> store.models().rollback(m.id(), "u1")).isInstanceOf(StoreConflictException.class);
        assertThatThrownBy(() -> store.models().promote(m.id(), 4, "u1")).isInstanceOf(StoreNotFoundException.class);
        assertThatThrownBy(() -> store.models().promote("missing", 1, "u1"))
                .isInstanceOf(StoreNotFoundException.class);

        assertThat(store.models().promote(m.id(), 1, "alice").activeVersion()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        store.models().promote(m.id(), 3, "alice");
        store.models().promote(m.id(), 3, "alice"); // already active: not recorded again
        store.models().promote(m.id(), 2, "bob");
        assertThat(store.models().active(m.id())).map(ModelVersion::version).contains(2);

        assertThat(store.models().rollback(m.id(), "carol").activeVersion()).isEqualTo(3);
        assertThat(store.models().rollback(m.id(), "carol").activeVersion()).isEqualTo(1);
        assertThatThrownBy(() -> store.models().rollback(m.id(), "carol"))
                .isInstanceOf(StoreConflictException.class);
        assertThat(store.models().find(m.id()).orElseThrow().activeVersion()).isEqualTo(1);
        assertThat(store.models().active(m.id())).map(ModelVersion::metricsJson).contains("{\"rmse\":0.1}");

        store.models().promote(m.id(), 2, "dave");
        assertThat(store.models().rollback(m.id(), "dave").activeVersion()).isEqualTo(1);

        List<ModelPromotion> history = store.models().promotions(m.id());
        assertThat(history).extracting(ModelPromotion::version).containsExactly(2, 2, 3, 1);
        assertThat(history).extracting(ModelPromotion::previousVersion).containsExactly(1, 3, 1, 0);
        assertThat(history).allMatch(p -> p.rolledBack() == (p.version() != 1));
        assertThat(history.get(1).promotedBy()).isEqualTo("bob");
        assertThat(history.get(1).rolledBackBy()).isEqualTo("carol");
        assertThat(history.get(3).promotedAt()).isBefore(history.get(2).promotedAt());
        assertThat(history.get(3).rolledBackAt()).isNull();
    }

    @Test
    void concurrentModelVersionsAndPromotionsQueueUp() throws Exception {
        Model m = store.models().create(workspace().id(), "race", "u1");
        String sha = modelArtifact().sha256();
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Integer> add = () -> {
                    start.await();
                    int n = store.models().addVersion(m.id(), newVersion(sha, "1"), "u1").version();
                    store.models().promote(m.id(), n, "u1");
                    return n;
                };
                futures.add(pool.submit(add));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : futures) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4);
        } finally {
            pool.shutdownNow();
        }
        List<ModelPromotion> history = store.models().promotions(m.id());
        assertThat(history).hasSize(4);
        assertThat(history.get(0).version()).isEqualTo(store.models().find(m.id()).orElseThrow().activeVersion());
        for (int i = 0; i < 3; i++) {
            assertThat(history.get(i).previousVersion()).isEqualTo(history.get(i + 1).version());
        }
    }

    // ---- audit log

    @Test
    void auditEntriesAreFilteredNewestFirst() {
        String alice = unique("alice");
        String bob = unique("bob");
        String login = unique("user.login");
        AuditEntry e1 = store.auditLog().record(alice, login, alice, null, "10.0.0.1");
        clock.advance(Duration.ofSeconds(1));
        Instant since = clock.instant();
        AuditEntry e2 = store.auditLog().record(alice, "plugin.deploy", "retort-node-x", "v1.2", null);
        clock.advance(Duration.ofSeconds(1));
        AuditEntry e3 = store.auditLog().record(bob, login, bob, null, null);

        assertThat(store.auditLog().list(AuditQuery.all().byActor(alice), 0, 10).items()).containsExactly(e2, e1);
        assertThat(store.auditLog().list(AuditQuery.all().byActor(alice).since(since), 0, 10).items())
                .containsExactly(e2);
        assertThat(store.auditLog().list(AuditQuery.all().withAction(login).since(since), 0, 10).items())
                .containsExactly(e3);
        Page<AuditEntry> page = store.auditLog().list(AuditQuery.all().since(e1.at()), 0, 2);
        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isGreaterThanOrEqualTo(3);
        assertThat(page.items().get(0).at()).isAfterOrEqualTo(page.items().get(1).at());
        assertThat(e1.ip()).isEqualTo("10.0.0.1");
    }
}
