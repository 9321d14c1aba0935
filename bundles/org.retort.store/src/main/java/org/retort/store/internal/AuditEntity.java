package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code audit_log}; see {@link Entities}. */
@Entity
@Table(name = "audit_log")
public class AuditEntity {
    @Id String id;
    @Column(name = "occurred_at") Instant at;
    String actor;
    String action;
    String target;
    String detail;
    String ip;
}
