package org.retort.auth.internal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.retort.store.Role;

/**
 * The one place that says which role holds which permission (the permissions resources require with
 * {@code @RequiresPermission}). Shiro wildcard syntax: {@code *} is everything, {@code workflows:*}
 * every action on workflows.
 *
 * <ul>
 * <li><b>Admin</b>: everything.</li>
 * <li><b>Operator</b> (IT): plugins, users, audit, system (backups, metrics); reads the palette,
 *     workflows and runs to support people, but does not author science.</li>
 * <li><b>Scientist</b>: workflows, runs, datasets and models — within the workspaces they belong to.</li>
 * <li><b>Viewer</b>: reads workflows, runs, datasets and models of their workspaces.</li>
 * </ul>
 * Everybody who logs in manages their own account ({@code account:self}): password, API keys.
 */
final class RolePermissions {

    private static final Map<Role, Set<String>> TABLE = new EnumMap<>(Role.class);

    static {
        TABLE.put(Role.ADMIN, Set.of("*"));
        TABLE.put(Role.OPERATOR, Set.of("account:self", "nodes:read", "workflows:read", "runs:read",
                "admin:users", "admin:plugins", "admin:audit", "admin:system"));
        TABLE.put(Role.SCIENTIST, Set.of("account:self", "nodes:read", "workflows:*", "runs:*", "datasets:*", "models:*"));
        TABLE.put(Role.VIEWER, Set.of("account:self", "nodes:read", "workflows:read", "runs:read", "datasets:read", "models:read"));
    }

    private RolePermissions() {
    }

    /** The permissions of someone holding {@code roles}. */
    static Set<String> of(Set<Role> roles) {
        var permissions = new LinkedHashSet<String>();
        roles.forEach(role -> permissions.addAll(TABLE.get(role)));
        return permissions;
    }
}
