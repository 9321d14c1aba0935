package org.retort.store.internal;

import java.time.Clock;
import org.retort.store.ApiKeys;
import org.retort.store.Artifacts;
import org.retort.store.AuditLog;
import org.retort.store.Datasets;
import org.retort.store.Runs;
import org.retort.store.Tokens;
import org.retort.store.Users;
import org.retort.store.Workflows;
import org.retort.store.Workspaces;

/** The whole store, without OSGi: open it with settings, use its repositories, close it. */
final class Store implements AutoCloseable {

    private final Database db;
    private final Users users;
    private final Tokens tokens;
    private final ApiKeys apiKeys;
    private final Workspaces workspaces;
    private final Workflows workflows;
    private final Runs runs;
    private final Artifacts artifacts;
    private final Datasets datasets;
    private final AuditLog auditLog;

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
        auditLog = new JpaAuditLog(db, clock);
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

    Users users() {
        return users;
    }

    Tokens tokens() {
        return tokens;
    }

    ApiKeys apiKeys() {
        return apiKeys;
    }

    Workspaces workspaces() {
        return workspaces;
    }

    Workflows workflows() {
        return workflows;
    }

    Runs runs() {
        return runs;
    }

    Artifacts artifacts() {
        return artifacts;
    }

    Datasets datasets() {
        return datasets;
    }

    AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public void close() {
        db.close();
    }
}
