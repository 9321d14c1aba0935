package org.retort.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.retort.store.ApiKeys;
import org.retort.store.Artifacts;
import org.retort.store.AuditLog;
import org.retort.store.Backups;
import org.retort.store.Datasets;
import org.retort.store.Models;
import org.retort.store.Runs;
import org.retort.store.Tokens;
import org.retort.store.Users;
import org.retort.store.Workflows;
import org.retort.store.Workspaces;

/**
 * The whole store, without OSGi: open it with settings, use its repositories, close it. Public only
 * for the test kit ({@code org.retort.store.testkit.TestStore}); the package is not exported.
 */
public final class Store implements AutoCloseable {

    private final Database db;
    private final Users users;
    private final Tokens tokens;
    private final ApiKeys apiKeys;
    private final Workspaces workspaces;
    private final Workflows workflows;
    private final Runs runs;
    private final Artifacts artifacts;
    private final Datasets datasets;
    private final Models models;
    private final AuditLog auditLog;
    private final Backups backups;

    private Store(Database db, StoreSettings settings, Clock clock) {
        this.db = db;
        users = new JpaUsers(db, clock);
        tokens = new JpaTokens(db, clock);
        apiKeys = new JpaApiKeys(db, clock);
        workspaces = new JpaWorkspaces(db, clock);
        workflows = new JpaWorkflows(db, clock);
        runs = new JpaRuns(db, clock);
        artifacts = new FileArtifacts(db, clock, settings.artifactsDir());
        datasets = new JpaDatasets(db, clock);
        models = new JpaModels(db, clock);
        auditLog = new JpaAuditLog(db, clock);
        backups = new DerbyBackups(db, settings, clock);
    }

    /** Opens the database (migrating its schema) and the artifact folder. */
    static Store open(StoreSettings settings, Clock clock) {
        Database db = new Database(settings);
        try {
            return new Store(db, settings, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    int migrationsApplied() {
        return db.migrationsApplied();
    }

    Database database() {
        return db;
    }

    public Users users() {
        return users;
    }

    public Tokens tokens() {
        return tokens;
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    public Workspaces workspaces() {
        return workspaces;
    }

    public Workflows workflows() {
        return workflows;
    }

    public Runs runs() {
        return runs;
    }

    public Artifacts artifacts() {
        return artifacts;
    }

    public Datasets datasets() {
        return datasets;
    }

    public Models models() {
        return models;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public Backups backups() {
        return backups;
    }

    /** A store on a fresh in-memory Derby database, artifacts under {@code artifacts}: for tests. */
    public static Store inMemory(Path artifacts) {
        return open(new StoreSettings("jdbc:derby:memory:retort-" + UUID.randomUUID() + ";create=true", null, null, 4, artifacts),
                Clock.systemUTC());
    }

    @Override
    public void close() {
        db.close();
    }
}
