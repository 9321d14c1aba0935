package org.retort.store;

import java.time.Instant;
import java.util.Set;

/**
 * An API key for scripts. The key's {@code prefix} is stored in clear to find it; the secret only as a hash.
 *
 * @param lastUsedAt {@code null} until first used
 * @param revokedAt  {@code null} while the key is active
 */
public record ApiKey(String id, String userId, String name, String prefix, String secretHash, Set<String> scopes,
                     Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
