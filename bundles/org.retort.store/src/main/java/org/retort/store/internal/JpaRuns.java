package org.retort.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.retort.store.NewRun;
import org.retort.store.Page;
import org.retort.store.Run;
import org.retort.store.RunQuery;
import org.retort.store.RunStatus;
import org.retort.store.Runs;
import org.retort.store.StoreConflictException;

final class JpaRuns extends Repository implements Runs {

    JpaRuns(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public Run create(NewRun run) {
        Objects.requireNonNull(run, "run");
        RunEntity e = new RunEntity();
        e.id = newId();
        e.workspaceId = run.workspaceId();
        e.workflowId = run.workflowId();
        e.workflowVersion = run.workflowVersion();
        e.submittedBy = run.submittedBy();
        e.engineRunId = run.engineRunId();
        e.status = RunStatus.QUEUED.name();
        e.inputs = run.inputsJson();
        e.nodeVersions = run.nodeVersionsJson();
        e.retryOf = run.retryOf();
        e.upTo = run.upTo();
        e.createdAt = now();
        return db.tx("create a run", em -> {
            found(em, WorkspaceEntity.class, run.workspaceId(), "workspace");
            em.persist(e);
            return record(e);
        });
    }

    @Override
    public Optional<Run> find(String id) {
        return db.tx("find a run", em -> Optional.ofNullable(id == null ? null : em.find(RunEntity.class, id))
                .map(JpaRuns::record));
    }

    @Override
    public Optional<Run> findByEngineRunId(String engineRunId) {
        return db.tx("find a run", em -> first(em.createQuery("SELECT r FROM RunEntity r WHERE r.engineRunId = :e"
                + " ORDER BY r.createdAt DESC", RunEntity.class).setParameter("e", engineRunId)).map(JpaRuns::record));
    }

    @Override
    public Run updateStatus(String id, RunStatus status, String failureMessage, Instant at) {
        Objects.requireNonNull(status, "status");
        Instant t = millis(at == null ? now() : at);
        return db.tx("update a run", em -> {
            RunEntity e = found(em, RunEntity.class, id, "run");
            RunStatus current = RunStatus.valueOf(e.status);
            if (current.finished()) {
                throw new StoreConflictException("Run " + id + " has finished already (" + current + ")");
            }
            e.status = status.name();
            if (failureMessage != null) {
                e.failureMessage = truncate(failureMessage, 4000);
            }
            if (status == RunStatus.RUNNING && e.startedAt == null) {
                e.startedAt = t;
            }
            if (status.finished()) {
                e.endedAt = t;
            }
            return record(e);
        });
    }

    @Override
    public void updateCounters(String id, String countersJson) {
        db.tx("update a run's counters", em -> {
            found(em, RunEntity.class, id, "run").counters = countersJson;
            return null;
        });
    }

    @Override
    public void setEngineRunId(String id, String engineRunId) {
        db.tx("update a run", em -> {
            found(em, RunEntity.class, id, "run").engineRunId = engineRunId;
            return null;
        });
    }

    @Override
    public Page<Run> list(RunQuery query, int offset, int limit) {
        checkPage(offset, limit);
        RunQuery q = query == null ? RunQuery.all() : query;
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (q.workspaceId() != null) {
            where.add("r.workspaceId = :ws");
            params.put("ws", q.workspaceId());
        }
        if (q.workflowId() != null) {
            where.add("r.workflowId = :wf");
            params.put("wf", q.workflowId());
        }
        if (!q.statuses().isEmpty()) {
            where.add("r.status IN :st");
            params.put("st", q.statuses().stream().map(RunStatus::name).toList());
        }
        if (q.submittedBy() != null) {
            where.add("r.submittedBy = :by");
            params.put("by", q.submittedBy());
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return db.tx("list runs", em -> {
            TypedQuery<RunEntity> items = em.createQuery("SELECT r FROM RunEntity r" + clause
                    + " ORDER BY r.createdAt DESC, r.id DESC", RunEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM RunEntity r" + clause, Long.class);
            bind(items, params);
            bind(count, params);
            return page(items, count.getSingleResult(), offset, limit, JpaRuns::record);
        });
    }

    private static void bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
    }

    @Override
    public List<Run> listUnfinished() {
        return db.tx("list unfinished runs", em -> unfinished(em).stream().map(JpaRuns::record).toList());
    }

    private static List<RunEntity> unfinished(EntityManager em) {
        return em.createQuery("SELECT r FROM RunEntity r WHERE r.status IN :st ORDER BY r.createdAt, r.id",
                        RunEntity.class)
                .setParameter("st", List.of(RunStatus.QUEUED.name(), RunStatus.WAITING.name(),
                        RunStatus.RUNNING.name()))
                .getResultList();
    }

    static Run record(RunEntity e) {
        return new Run(e.id, e.workspaceId, e.workflowId, e.workflowVersion, e.submittedBy, e.engineRunId,
                RunStatus.valueOf(e.status), e.failureMessage, e.inputs, e.nodeVersions, e.counters, e.retryOf,
                e.createdAt, e.startedAt, e.endedAt, e.upTo);
    }
}
