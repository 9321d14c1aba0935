package org.retort.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.retort.store.Page;
import org.retort.store.StoreNotFoundException;

/** What every repository shares: the database, the clock, argument checks, paging. */
abstract class Repository {

    static final int MAX_PAGE = 1000;

    final Database db;
    final Clock clock;

    Repository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Now, to the millisecond the database keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    String newId() {
        return Ids.next(clock);
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static String require(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    static String require(String what, String value, int maxLength) {
        require(what, value);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    static String truncate(String value, int maxLength) {
        return value == null || value.length() <= maxLength ? value : value.substring(0, maxLength - 1) + "…";
    }

    static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
    }

    static <E> Optional<E> first(TypedQuery<E> query) {
        List<E> list = query.setMaxResults(1).getResultList();
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    static <E> E found(EntityManager em, Class<E> type, String id, String what) {
        E e = id == null ? null : em.find(type, id);
        if (e == null) {
            throw new StoreNotFoundException("There is no " + what + " with id " + id);
        }
        return e;
    }

    static <E, R> Page<R> page(TypedQuery<E> query, long total, int offset, int limit,
                               java.util.function.Function<E, R> map) {
        List<R> items = query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(map).toList();
        return new Page<>(items, total, offset, limit);
    }
}
