package org.retort.store.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.retort.store.ApiKeys;
import org.retort.store.Artifacts;
import org.retort.store.AuditLog;
import org.retort.store.Datasets;
import org.retort.store.Models;
import org.retort.store.Runs;
import org.retort.store.Tokens;
import org.retort.store.Users;
import org.retort.store.Workflows;
import org.retort.store.Workspaces;
import org.retort.store.internal.Store;

/**
 * The real store (EclipseLink, Flyway migrations, HikariCP) on a fresh in-memory Derby database, for
 * the unit tests of bundles that use the store's services. Published in this bundle's test-jar.
 *
 * <pre>{@code
 * try (TestStore store = TestStore.derby()) {
 *     store.users().create(...);
 * }
 * }</pre>
 */
public final class TestStore implements AutoCloseable {

    private final Store store;
    /** A temporary folder holding {@code artifacts/} and {@code backups/}. */
    private final Path root;

    private TestStore() {
        try {
            root = Files.createTempDirectory("retort-test-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = Store.inMemory(root.resolve("artifacts"));
    }

    /** Opens a store on a new in-memory Derby database. */
    public static TestStore derby() {
        return new TestStore();
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

    public Models models() {
        return store.models();
    }

    public org.retort.store.Backups backups() {
        return store.backups();
    }

    public AuditLog audit() {
        return store.auditLog();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder
            }
        }
    }
}
