package org.retort.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** API keys. Prefixes are unique. */
public interface ApiKeys {

    /**
     * @param scopes what the key may do, free-form names without commas; empty for "everything the user may do"
     * @throws StoreNotFoundException if there is no such user
     * @throws StoreConflictException if the prefix is taken
     */
    ApiKey create(String userId, String name, String prefix, String secretHash, Set<String> scopes);

    /** The unrevoked key with this prefix. */
    Optional<ApiKey> findActiveByPrefix(String prefix);

    Optional<ApiKey> find(String id);

    /** The user's keys, revoked ones included, newest first. */
    List<ApiKey> listForUser(String userId);

    /** Revokes the key (a second revoke keeps the first time). @throws StoreNotFoundException if there is no such key */
    ApiKey revoke(String id);

    /** Records a use of the key. @throws StoreNotFoundException if there is no such key */
    void touch(String id, Instant usedAt);
}
