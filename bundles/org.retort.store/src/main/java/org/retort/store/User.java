package org.retort.store;

import java.time.Instant;
import java.util.Set;

/**
 * A user account.
 *
 * @param lockedUntil  logins are refused before this time; {@code null} when not locked
 * @param failedLogins failed logins since the last successful one (or the last reset)
 */
public record User(String id, String username, String email, String passwordHash, Set<Role> roles, boolean verified,
                   Instant lockedUntil, int failedLogins, Instant createdAt) {
    public User {
        roles = Set.copyOf(roles);
    }

    /** Whether logins are refused at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
