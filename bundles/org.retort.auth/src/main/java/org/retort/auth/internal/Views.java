package org.retort.auth.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.retort.store.ApiKey;
import org.retort.store.Role;
import org.retort.store.User;

/** The JSON shapes of accounts and keys: never a password hash or a key's secret hash. */
final class Views {

    private Views() {
    }

    record UserView(String id, String username, String email, List<String> roles, boolean verified, Instant lockedUntil,
            Instant createdAt) {

        static UserView of(User user) {
            return new UserView(user.id(), user.username(), user.email(), Views.roles(user.roles()), user.verified(), user.lockedUntil(),
                    user.createdAt());
        }
    }

    record KeyView(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        static KeyView of(ApiKey key) {
            return new KeyView(key.id(), key.name(), key.prefix(), key.createdAt(), key.lastUsedAt(), key.revokedAt());
        }
    }

    static List<String> roles(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }
}
