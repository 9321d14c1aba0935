package org.retort.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.retort.store.ApiKeys;
import org.retort.store.Artifacts;
import org.retort.store.AuditLog;
import org.retort.store.Datasets;
import org.retort.store.Runs;
import org.retort.store.Tokens;
import org.retort.store.Users;
import org.retort.store.Workflows;
import org.retort.store.Workspaces;

/**
 * Test-only door to the package-private {@link Store}, for {@link org.retort.store.testkit.TestStore}
 * (no OSGi in unit tests, so the package may span the main and test jars).
 */
public final class StoreAccess implements AutoCloseable {

    private final Store store;

    private StoreAccess(Store store) {
        this.store = store;
    }

    /** A store on a fresh in-memory Derby database, artifacts under {@code artifacts}. */
    public static StoreAccess derby(Path artifacts) {
        return new StoreAccess(Store.open(new StoreSettings("jdbc:derby:memory:retort-" + UUID.randomUUID() + ";create=true",
                null, null, 4, artifacts), Clock.systemUTC()));
    }

    public Users users() {
        return store.users();
    }

    public Tokens tokens() {
        return store.tokens();
    }

    public ApiKeys apiKeys() {
        return store.apiKeys();
    }

    public Workspaces workspaces() {
        return store.workspaces();
    }

    public Workflows workflows() {
        return store.workflows();
    }

    public Runs runs() {
        return store.runs();
    }

    public Artifacts artifacts() {
        return store.artifacts();
    }

    public Datasets datasets() {
        return store.datasets();
    }

    public AuditLog audit() {
        return store.auditLog();
    }

    @Override
    public void close() {
        store.close();
    }
}
