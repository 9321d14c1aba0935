package org.retort.auth.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.retort.store.Role;

/**
 * Whether roles hold a permission: the role table ({@link RolePermissions}) as Shiro wildcard
 * permissions, so {@code *} implies everything and {@code workflows:*} implies {@code workflows:write}.
 * Checked against the roles the caller's account has in this request (read from the store once per
 * request), so a role change counts from the next request on.
 */
final class Permissions {

    private static final Map<Set<Role>, List<Permission>> GRANTED = new ConcurrentHashMap<>();

    private Permissions() {
    }

    static boolean implies(Set<Role> roles, String permission) {
        var required = new WildcardPermission(permission);
        return GRANTED.computeIfAbsent(Set.copyOf(roles), r -> RolePermissions.of(r).stream()
                .<Permission>map(WildcardPermission::new).toList()).stream().anyMatch(p -> p.implies(required));
    }
}
