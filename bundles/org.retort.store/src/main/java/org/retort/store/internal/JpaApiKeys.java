package org.retort.store.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.retort.store.ApiKey;
import org.retort.store.ApiKeys;
import org.retort.store.StoreConflictException;

final class JpaApiKeys extends Repository implements ApiKeys {

    JpaApiKeys(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public ApiKey create(String userId, String name, String prefix, String secretHash, Set<String> scopes) {
        ApiKeyEntity e = new ApiKeyEntity();
        e.id = newId();
        e.userId = userId;
        e.name = require("The key name", name, 200);
        e.prefix = require("The key prefix", prefix, 64);
        e.secretHash = require("The secret hash", secretHash, 512);
        e.scopes = scopes(scopes);
        e.createdAt = now();
        return db.tx("create an API key", em -> {
            found(em, UserEntity.class, userId, "user");
            if (first(em.createQuery("SELECT k.id FROM ApiKeyEntity k WHERE k.prefix = :p", String.class)
                    .setParameter("p", prefix)).isPresent()) {
                throw new StoreConflictException("An API key with this prefix exists already");
            }
            em.persist(e);
            return record(e);
        });
    }

    @Override
    public Optional<ApiKey> findActiveByPrefix(String prefix) {
        return db.tx("find an API key", em -> first(em.createQuery(
                        "SELECT k FROM ApiKeyEntity k WHERE k.prefix = :p AND k.revokedAt IS NULL", ApiKeyEntity.class)
                .setParameter("p", prefix)).map(JpaApiKeys::record));
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return db.tx("find an API key", em -> Optional.ofNullable(id == null ? null
                : em.find(ApiKeyEntity.class, id)).map(JpaApiKeys::record));
    }

    @Override
    public List<ApiKey> listForUser(String userId) {
        return db.tx("list API keys", em -> em.createQuery(
                        "SELECT k FROM ApiKeyEntity k WHERE k.userId = :u ORDER BY k.createdAt DESC, k.id DESC",
                        ApiKeyEntity.class)
                .setParameter("u", userId).getResultList().stream().map(JpaApiKeys::record).toList());
    }

    @Override
    public ApiKey revoke(String id) {
        Instant now = now();
        return db.tx("revoke an API key", em -> {
            ApiKeyEntity e = found(em, ApiKeyEntity.class, id, "API key");
            if (e.revokedAt == null) {
                e.revokedAt = now;
            }
            return record(e);
        });
    }

    @Override
    public void touch(String id, Instant usedAt) {
        Instant t = millis(usedAt);
        db.tx("record an API key's use", em -> {
            found(em, ApiKeyEntity.class, id, "API key").lastUsedAt = t;
            return null;
        });
    }

    private static String scopes(Set<String> scopes) {
        if (scopes == null) {
            return "";
        }
        for (String s : scopes) {
            if (s == null || s.isBlank() || s.contains(",")) {
                throw new IllegalArgumentException("A scope must be a name without commas: '" + s + "'");
            }
        }
        return String.join(",", new TreeSet<>(scopes));
    }

    static ApiKey record(ApiKeyEntity e) {
        Set<String> scopes = e.scopes == null || e.scopes.isEmpty() ? Set.of()
                : Arrays.stream(e.scopes.split(",")).collect(Collectors.toSet());
        return new ApiKey(e.id, e.userId, e.name, e.prefix, e.secretHash, scopes, e.createdAt, e.lastUsedAt,
                e.revokedAt);
    }
}
