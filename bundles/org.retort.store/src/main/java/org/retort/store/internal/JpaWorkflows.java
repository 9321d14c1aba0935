package org.retort.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.retort.store.Page;
import org.retort.store.StoreConflictException;
import org.retort.store.StoreNotFoundException;
import org.retort.store.Workflow;
import org.retort.store.WorkflowVersion;
import org.retort.store.Workflows;

final class JpaWorkflows extends Repository implements Workflows {

    JpaWorkflows(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public Workflow create(String workspaceId, String name, String createdBy) {
        WorkflowEntity e = new WorkflowEntity();
        e.id = newId();
        e.workspaceId = workspaceId;
        e.name = require("The workflow name", name, 200).trim();
        e.nameKey = key(name);
        e.createdBy = createdBy;
        e.createdAt = now();
        return db.tx("create workflow " + e.name, em -> {
            found(em, WorkspaceEntity.class, workspaceId, "workspace");
            checkNameFree(em, workspaceId, e.nameKey, e.name);
            em.persist(e);
            return record(e);
        });
    }

    private static void checkNameFree(EntityManager em, String workspaceId, String nameKey, String name) {
        if (byName(em, workspaceId, nameKey).isPresent()) {
            throw new StoreConflictException("The workspace has a workflow named " + name + " already");
        }
    }

    private static Optional<WorkflowEntity> byName(EntityManager em, String workspaceId, String nameKey) {
        return first(em.createQuery("SELECT w FROM WorkflowEntity w WHERE w.workspaceId = :ws AND w.nameKey = :k"
                + " AND w.deletedAt IS NULL", WorkflowEntity.class)
                .setParameter("ws", workspaceId).setParameter("k", nameKey));
    }

    private static Optional<WorkflowEntity> live(EntityManager em, String id) {
        WorkflowEntity e = id == null ? null : em.find(WorkflowEntity.class, id);
        return e == null || e.deletedAt != null ? Optional.empty() : Optional.of(e);
    }

    private static WorkflowEntity liveOrThrow(EntityManager em, String id) {
        return live(em, id).orElseThrow(() -> new StoreNotFoundException("There is no workflow with id " + id));
    }

    @Override
    public Optional<Workflow> find(String id) {
        return db.tx("find a workflow", em -> live(em, id).map(JpaWorkflows::record));
    }

    @Override
    public Optional<Workflow> findByName(String workspaceId, String name) {
        return name == null ? Optional.empty()
                : db.tx("find a workflow", em -> byName(em, workspaceId, key(name)).map(JpaWorkflows::record));
    }

    @Override
    public Page<Workflow> list(String workspaceId, String nameFilter, int offset, int limit) {
        checkPage(offset, limit);
        boolean filter = nameFilter != null && !nameFilter.isBlank();
        String where = " WHERE w.workspaceId = :ws AND w.deletedAt IS NULL" + (filter ? " AND w.nameKey LIKE :f" : "");
        return db.tx("list workflows", em -> {
            TypedQuery<WorkflowEntity> items = em.createQuery("SELECT w FROM WorkflowEntity w" + where
                    + " ORDER BY w.nameKey", WorkflowEntity.class).setParameter("ws", workspaceId);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(w) FROM WorkflowEntity w" + where, Long.class)
                    .setParameter("ws", workspaceId);
            if (filter) {
                String like = "%" + key(nameFilter).replace("%", "").replace("_", "") + "%";
                items.setParameter("f", like);
                count.setParameter("f", like);
            }
            return page(items, count.getSingleResult(), offset, limit, JpaWorkflows::record);
        });
    }

    @Override
    public Workflow rename(String id, String newName) {
        String name = require("The workflow name", newName, 200).trim();
        return db.tx("rename a workflow", em -> {
            WorkflowEntity e = liveOrThrow(em, id);
            if (!e.nameKey.equals(key(name))) {
                checkNameFree(em, e.workspaceId, key(name), name);
            }
            e.name = name;
            e.nameKey = key(name);
            return record(e);
        });
    }

    @Override
    public boolean delete(String id) {
        return db.tx("delete a workflow", em -> {
            Optional<WorkflowEntity> e = live(em, id);
            e.ifPresent(w -> {
                w.deletedAt = now();
                w.nameKey = null; // frees the name (NULLs never collide in the unique constraint)
            });
            return e.isPresent();
        });
    }

    @Override
    public WorkflowVersion addVersion(String workflowId, String document, String createdBy, String comment) {
        String sha = CanonicalJson.sha256(document);
        WorkflowVersionEntity v = new WorkflowVersionEntity();
        v.id = newId();
        v.workflowId = workflowId;
        v.document = document;
        v.sha256 = sha;
        v.createdBy = createdBy;
        v.comment = truncate(comment, 2000);
        v.createdAt = now();
        return db.tx("add a workflow version", em -> {
            v.version = nextVersion(em, "WorkflowEntity", workflowId, "w.deletedAt IS NULL", "workflow");
            em.persist(v);
            return record(v);
        });
    }

    /**
     * Takes the next version number of a versioned thing: one UPDATE increments its counter (locking the row until
     * commit, so concurrent callers queue up) and the new value is read back. The unique constraint on
     * (parent, version) is the second line of defence.
     */
    static int nextVersion(EntityManager em, String entity, String id, String condition, String what) {
        int n = em.createQuery("UPDATE " + entity + " w SET w.latestVersion = w.latestVersion + 1 WHERE w.id = :id"
                + (condition == null ? "" : " AND " + condition)).setParameter("id", id).executeUpdate();
        if (n == 0) {
            throw new StoreNotFoundException("There is no " + what + " with id " + id);
        }
        return em.createQuery("SELECT w.latestVersion FROM " + entity + " w WHERE w.id = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
    }

    @Override
    public Optional<WorkflowVersion> latestVersion(String workflowId) {
        return db.tx("read a workflow version", em -> first(em.createQuery("SELECT v FROM WorkflowVersionEntity v"
                        + " WHERE v.workflowId = :w ORDER BY v.version DESC", WorkflowVersionEntity.class)
                .setParameter("w", workflowId)).map(JpaWorkflows::record));
    }

    @Override
    public Optional<WorkflowVersion> version(String workflowId, int version) {
        return db.tx("read a workflow version", em -> first(em.createQuery("SELECT v FROM WorkflowVersionEntity v"
                        + " WHERE v.workflowId = :w AND v.version = :n", WorkflowVersionEntity.class)
                .setParameter("w", workflowId).setParameter("n", version)).map(JpaWorkflows::record));
    }

    @Override
    public List<WorkflowVersion> versions(String workflowId) {
        return db.tx("list workflow versions", em -> em.createQuery("SELECT v FROM WorkflowVersionEntity v"
                        + " WHERE v.workflowId = :w ORDER BY v.version", WorkflowVersionEntity.class)
                .setParameter("w", workflowId).getResultList().stream().map(JpaWorkflows::record).toList());
    }

    static Workflow record(WorkflowEntity e) {
        return new Workflow(e.id, e.workspaceId, e.name, e.createdBy, e.createdAt, e.latestVersion);
    }

    static WorkflowVersion record(WorkflowVersionEntity e) {
        return new WorkflowVersion(e.workflowId, e.version, e.document, e.sha256, e.createdBy, e.comment,
                e.createdAt);
    }
}
