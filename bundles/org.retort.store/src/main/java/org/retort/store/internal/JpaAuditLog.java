package org.retort.store.internal;

import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retort.store.AuditEntry;
import org.retort.store.AuditLog;
import org.retort.store.AuditQuery;
import org.retort.store.Page;

final class JpaAuditLog extends Repository implements AuditLog {

    JpaAuditLog(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public AuditEntry record(String actor, String action, String target, String detail, String ip) {
        AuditEntity e = new AuditEntity();
        e.id = newId();
        e.at = now();
        e.actor = require("The actor", actor, 100);
        e.action = require("The action", action, 100);
        e.target = truncate(target, 500);
        e.detail = truncate(detail, 4000);
        e.ip = truncate(ip, 64);
        return db.tx("write the audit log", em -> {
            em.persist(e);
            return entry(e);
        });
    }

    @Override
    public Page<AuditEntry> list(AuditQuery query, int offset, int limit) {
        checkPage(offset, limit);
        AuditQuery q = query == null ? AuditQuery.all() : query;
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (q.actor() != null) {
            where.add("a.actor = :actor");
            params.put("actor", q.actor());
        }
        if (q.action() != null) {
            where.add("a.action = :action");
            params.put("action", q.action());
        }
        if (q.since() != null) {
            where.add("a.at >= :since");
            params.put("since", millis(q.since()));
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return db.tx("read the audit log", em -> {
            TypedQuery<AuditEntity> items = em.createQuery("SELECT a FROM AuditEntity a" + clause
                    + " ORDER BY a.at DESC, a.id DESC", AuditEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntity a" + clause, Long.class);
            params.forEach(items::setParameter);
            params.forEach(count::setParameter);
            return page(items, count.getSingleResult(), offset, limit, JpaAuditLog::entry);
        });
    }

    static AuditEntry entry(AuditEntity e) {
        return new AuditEntry(e.id, e.at, e.actor, e.action, e.target, e.detail, e.ip);
    }
}
