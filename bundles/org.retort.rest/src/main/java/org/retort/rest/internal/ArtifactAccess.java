package org.retort.rest.internal;

import org.retort.auth.Caller;
import org.retort.store.AuditEntry;
import org.retort.store.AuditLog;
import org.retort.store.AuditQuery;
import org.retort.store.Page;

/**
 * Who may read an artifact through {@code /api/v1/artifacts/{sha256}} or bind it to a run: whoever
 * uploaded it (an {@code artifact.upload} entry of theirs in the audit log names it) and Admins. The
 * files a run wrote are read through the run ({@code /api/v1/runs/{id}/outputs}), which follows the
 * run's workspace. The store keeps no owner per artifact (the same content is stored once, whoever
 * sends it), so the audit log is the record of uploads; an owners table would make this one query.
 */
final class ArtifactAccess {

    static final String UPLOAD = "artifact.upload";

    private final AuditLog audit;

    ArtifactAccess(AuditLog audit) {
        this.audit = audit;
    }

    /** Records that {@code caller} uploaded {@code sha256}. */
    void uploaded(Caller caller, String sha256, String detail, String ip) {
        audit.record(caller.userId(), UPLOAD, target(sha256), detail, ip);
    }

    /** Whether {@code caller} may read {@code sha256}. */
    boolean mayRead(Caller caller, String sha256) {
        if (WorkspaceAccess.isAdmin(caller)) {
            return true;
        }
        String target = target(sha256);
        AuditQuery query = AuditQuery.all().byActor(caller.userId()).withAction(UPLOAD);
        for (int offset = 0; ; offset += 500) {
            Page<AuditEntry> page = audit.list(query, offset, 500);
            if (page.items().stream().anyMatch(e -> target.equals(e.target()))) {
                return true;
            }
            if (!page.hasMore()) {
                return false;
            }
        }
    }

    private static String target(String sha256) {
        return "artifact:" + sha256;
    }
}
