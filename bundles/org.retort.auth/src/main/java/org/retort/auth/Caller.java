package org.retort.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.retort.store.Role;

/**
 * The authenticated caller of one request: a user, by session cookie or API key. It is the request's
 * {@code SecurityContext} principal.
 *
 * @param userId    the user's id in the store
 * @param username  the user's name
 * @param roles     the user's roles when the request came in
 * @param via       how the caller authenticated
 * @param apiKeyId  the API key's id, when {@code via} is {@link Via#API_KEY}
 * @param permitted tells whether the caller holds a permission ({@code domain:action})
 */
public record Caller(String userId, String username, Set<Role> roles, Via via, String apiKeyId,
        Predicate<String> permitted) implements Principal {

    /** How a caller authenticated. */
    public enum Via { SESSION, API_KEY }

    public Caller {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    /** Whether the caller holds {@code permission}, e.g. {@code workflows:write}. */
    public boolean can(String permission) {
        return permitted.test(permission);
    }

    /** The caller of the request {@code security} belongs to, if it is authenticated. */
    public static Optional<Caller> of(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }
}
