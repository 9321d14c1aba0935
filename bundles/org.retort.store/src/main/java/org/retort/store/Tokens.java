package org.retort.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One-time tokens (email verification, password reset). Only a hash of the token is stored: the caller hashes
 * the token it mails and hashes what comes back the same way.
 */
public interface Tokens {

    /**
     * @return the new token's id
     * @throws StoreNotFoundException if there is no such user
     * @throws StoreConflictException if the hash is already stored
     */
    String create(String userId, TokenPurpose purpose, String tokenHash, Instant expiresAt);

    /**
     * Uses a token up: atomically marks it used if it exists for {@code purpose}, is unused and expires after
     * {@code now}.
     *
     * @return the user the token was issued to; empty if it is unknown, expired, already used or for another purpose
     */
    Optional<String> consume(String tokenHash, TokenPurpose purpose, Instant now);

    /** Marks every unused token of the user for {@code purpose} used (e.g. after a password reset). @return how many */
    int invalidate(String userId, TokenPurpose purpose, Instant now);

    /** Deletes tokens that expired before {@code now} and used ones. @return how many */
    int purge(Instant now);
}
