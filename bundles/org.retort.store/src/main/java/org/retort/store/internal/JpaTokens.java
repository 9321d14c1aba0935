package org.retort.store.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.retort.store.TokenPurpose;
import org.retort.store.Tokens;

final class JpaTokens extends Repository implements Tokens {

    JpaTokens(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    public String create(String userId, TokenPurpose purpose, String tokenHash, Instant expiresAt) {
        TokenEntity e = new TokenEntity();
        e.id = newId();
        e.userId = userId;
        e.purpose = Objects.requireNonNull(purpose, "purpose").name();
        e.tokenHash = require("The token hash", tokenHash, 255);
        e.expiresAt = millis(Objects.requireNonNull(expiresAt, "expiresAt"));
        e.createdAt = now();
        return db.tx("create a token", em -> {
            found(em, UserEntity.class, userId, "user");
            em.persist(e);
            return e.id;
        });
    }

    @Override
    public Optional<String> consume(String tokenHash, TokenPurpose purpose, Instant now) {
        if (tokenHash == null || purpose == null) {
            return Optional.empty();
        }
        Instant t = millis(now);
        return db.tx("use a token", em -> {
            // one conditional UPDATE: of two concurrent consumers exactly one changes the row
            int n = em.createQuery("UPDATE TokenEntity t SET t.usedAt = :now WHERE t.tokenHash = :h"
                            + " AND t.purpose = :p AND t.usedAt IS NULL AND t.expiresAt > :now")
                    .setParameter("now", t).setParameter("h", tokenHash).setParameter("p", purpose.name())
                    .executeUpdate();
            if (n == 0) {
                return Optional.empty();
            }
            return first(em.createQuery("SELECT t.userId FROM TokenEntity t WHERE t.tokenHash = :h", String.class)
                    .setParameter("h", tokenHash));
        });
    }

    @Override
    public int invalidate(String userId, TokenPurpose purpose, Instant now) {
        Instant t = millis(now);
        return db.tx("invalidate tokens", em -> em.createQuery("UPDATE TokenEntity t SET t.usedAt = :now"
                        + " WHERE t.userId = :u AND t.purpose = :p AND t.usedAt IS NULL")
                .setParameter("now", t).setParameter("u", userId).setParameter("p", purpose.name())
                .executeUpdate());
    }

    @Override
    public int purge(Instant now) {
        Instant t = millis(now);
        return db.tx("purge tokens", em -> em.createQuery(
                        "DELETE FROM TokenEntity t WHERE t.expiresAt <= :now OR t.usedAt IS NOT NULL")
                .setParameter("now", t).executeUpdate());
    }
}
