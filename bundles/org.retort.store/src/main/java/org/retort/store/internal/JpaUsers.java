package org.retort.store.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.retort.store.Page;
import org.retort.store.Role;
import org.retort.store.StoreConflictException;
import org.retort.store.User;
import org.retort.store.Users;

final class JpaUsers extends Repository implements Users {

    JpaUsers(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public User create(String username, String email, String passwordHash, Set<Role> roles, boolean verified) {
        String name = require("The username", username, 100).trim();
        String mail = require("The email", email, 254).trim();
        UserEntity e = new UserEntity();
        e.id = newId();
        e.username = name;
        e.usernameKey = key(name);
        e.email = mail;
        e.emailKey = key(mail);
        e.passwordHash = passwordHash;
        e.roles = roles(roles);
        e.verified = verified;
        e.createdAt = now();
        return db.tx("create user " + name, em -> {
            if (byKey(em, "usernameKey", e.usernameKey).isPresent()) {
                throw new StoreConflictException("The username " + name + " is taken");
            }
            if (byKey(em, "emailKey", e.emailKey).isPresent()) {
                throw new StoreConflictException("The email " + mail + " belongs to another user");
            }
            em.persist(e);
            return record(e);
        });
    }

    @Override
    public Optional<User> find(String id) {
        return db.tx("find a user", em -> Optional.ofNullable(id == null ? null : em.find(UserEntity.class, id))
                .map(JpaUsers::record));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return username == null ? Optional.empty()
                : db.tx("find a user", em -> byKey(em, "usernameKey", key(username)).map(JpaUsers::record));
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return email == null ? Optional.empty()
                : db.tx("find a user", em -> byKey(em, "emailKey", key(email)).map(JpaUsers::record));
    }

    private static Optional<UserEntity> byKey(EntityManager em, String field, String value) {
        return first(em.createQuery("SELECT u FROM UserEntity u WHERE u." + field + " = :v", UserEntity.class)
                .setParameter("v", value));
    }

    @Override
    public Page<User> list(int offset, int limit) {
        checkPage(offset, limit);
        return db.tx("list users", em -> page(
                em.createQuery("SELECT u FROM UserEntity u ORDER BY u.usernameKey", UserEntity.class),
                em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult(),
                offset, limit, JpaUsers::record));
    }

    @Override
    public long count() {
        return db.tx("count users",
                em -> em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult());
    }

    @Override
    public User updatePasswordHash(String id, String passwordHash) {
        return change(id, "change a password", e -> e.passwordHash = passwordHash);
    }

    @Override
    public User setRoles(String id, Set<Role> roles) {
        String value = roles(roles);
        return change(id, "change a user's roles", e -> e.roles = value);
    }

    @Override
    public User markVerified(String id) {
        return change(id, "verify a user", e -> e.verified = true);
    }

    @Override
    public User recordFailedLogin(String id) {
        return db.tx("record a failed login", em -> {
            int n = em.createQuery("UPDATE UserEntity u SET u.failedLogins = u.failedLogins + 1 WHERE u.id = :id")
                    .setParameter("id", id).executeUpdate();
            if (n == 0) {
                found(em, UserEntity.class, id, "user");
            }
            em.clear();
            return record(found(em, UserEntity.class, id, "user"));
        });
    }

    @Override
    public User resetFailedLogins(String id) {
        return change(id, "reset failed logins", e -> {
            e.failedLogins = 0;
            e.lockedUntil = null;
        });
    }

    @Override
    public User lockUntil(String id, Instant until) {
        Instant t = millis(until);
        return change(id, "lock a user", e -> e.lockedUntil = t);
    }

    @Override
    public boolean delete(String id) {
        return db.tx("delete a user", em -> em.createQuery("DELETE FROM UserEntity u WHERE u.id = :id")
                .setParameter("id", id).executeUpdate() > 0);
    }

    private User change(String id, String what, java.util.function.Consumer<UserEntity> change) {
        return db.tx(what, em -> {
            UserEntity e = found(em, UserEntity.class, id, "user");
            change.accept(e);
            return record(e);
        });
    }

    static String roles(Set<Role> roles) {
        return roles == null ? "" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> roles(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(value.split(",")).map(String::trim).map(Role::valueOf).forEach(set::add);
        return set;
    }

    static User record(UserEntity e) {
        return new User(e.id, e.username, e.email, e.passwordHash, roles(e.roles), e.verified, e.lockedUntil,
                e.failedLogins, e.createdAt);
    }
}
