package org.retort.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** User accounts. Usernames and emails are unique, compared without regard to case. */
public interface Users {

    /** @throws StoreConflictException if the username or the email is taken */
    User create(String username, String email, String passwordHash, Set<Role> roles, boolean verified);

    Optional<User> find(String id);

    /** Case-insensitive. */
    Optional<User> findByUsername(String username);

    /** Case-insensitive. */
    Optional<User> findByEmail(String email);

    /** Users ordered by username. */
    Page<User> list(int offset, int limit);

    long count();

    /** @throws StoreNotFoundException if there is no such user */
    User updatePasswordHash(String id, String passwordHash);

    /** @throws StoreNotFoundException if there is no such user */
    User setRoles(String id, Set<Role> roles);

    /** @throws StoreNotFoundException if there is no such user */
    User markVerified(String id);

    /** Adds one to the failed-login count, atomically. @throws StoreNotFoundException if there is no such user */
    User recordFailedLogin(String id);

    /** Sets the failed-login count to 0 and lifts any lock. @throws StoreNotFoundException if there is no such user */
    User resetFailedLogins(String id);

    /** Refuses logins until {@code until} ({@code null} unlocks). @throws StoreNotFoundException if there is no such user */
    User lockUntil(String id, Instant until);

    /** Deletes the user with their tokens, API keys and memberships. @return whether the user existed */
    boolean delete(String id);
}
