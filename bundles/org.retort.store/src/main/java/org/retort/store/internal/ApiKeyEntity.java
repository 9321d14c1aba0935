package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code api_keys}; see {@link Entities}. */
@Entity
@Table(name = "api_keys")
public class ApiKeyEntity {
    @Id String id;
    @Column(name = "user_id") String userId;
    String name;
    String prefix;
    @Column(name = "secret_hash") String secretHash;
    String scopes;
    @Column(name = "created_at") Instant createdAt;
    @Column(name = "last_used_at") Instant lastUsedAt;
    @Column(name = "revoked_at") Instant revokedAt;
}
