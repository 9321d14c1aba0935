package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code users}; see {@link Entities}. */
@Entity
@Table(name = "users")
public class UserEntity {
    @Id String id;
    String username;
    @Column(name = "username_key") String usernameKey;
    String email;
    @Column(name = "email_key") String emailKey;
    @Column(name = "password_hash") String passwordHash;
    String roles;
    boolean verified;
    @Column(name = "locked_until") Instant lockedUntil;
    @Column(name = "failed_logins") int failedLogins;
    @Column(name = "created_at") Instant createdAt;
}
