package org.retort.store;

import java.time.Instant;

/** Filters for {@link AuditLog#list}; {@code null} matches everything. {@code since} is inclusive. */
public record AuditQuery(String actor, String action, Instant since) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null);
    }

    public AuditQuery byActor(String value) {
        return new AuditQuery(value, action, since);
    }

    public AuditQuery withAction(String value) {
        return new AuditQuery(actor, value, since);
    }

    public AuditQuery since(Instant value) {
        return new AuditQuery(actor, action, value);
    }
}
