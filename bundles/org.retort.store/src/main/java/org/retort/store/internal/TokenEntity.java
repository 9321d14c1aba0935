package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code tokens}; see {@link Entities}. */
@Entity
@Table(name = "tokens")
public class TokenEntity {
    @Id String id;
    @Column(name = "user_id") String userId;
    String purpose;
    @Column(name = "token_hash") String tokenHash;
    @Column(name = "expires_at") Instant expiresAt;
    @Column(name = "used_at") Instant usedAt;
    @Column(name = "created_at") Instant createdAt;
}
