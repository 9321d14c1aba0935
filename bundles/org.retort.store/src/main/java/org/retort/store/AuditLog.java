package org.retort.store;

/** The audit log of sensitive actions. Entries are never changed or deleted through this interface. */
public interface AuditLog {

    /** The actor of actions Retort takes by itself. */
    String SYSTEM = "system";

    /**
     * Records an action now.
     *
     * @param action e.g. {@code user.login.failed}, {@code plugin.deploy}
     * @param target what was acted on (an id, a name), or {@code null}
     * @param detail free text, or {@code null}
     * @param ip     the client address, or {@code null}
     */
    AuditEntry record(String actor, String action, String target, String detail, String ip);

    /** Entries newest first. */
    Page<AuditEntry> list(AuditQuery query, int offset, int limit);
}
