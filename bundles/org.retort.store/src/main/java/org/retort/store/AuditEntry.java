package org.retort.store;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actor a user id, or {@link AuditLog#SYSTEM}
 * @param ip    the client address, or {@code null}
 */
public record AuditEntry(String id, Instant at, String actor, String action, String target, String detail,
                         String ip) {
}
