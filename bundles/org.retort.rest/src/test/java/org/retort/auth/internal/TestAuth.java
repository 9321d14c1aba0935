package org.retort.auth.internal;

import java.util.EnumSet;
import java.util.List;
import org.retort.store.Membership;
import org.retort.store.Role;
import org.retort.store.User;
import org.retort.store.testkit.TestStore;

/**
 * The auth bundle's real {@link Authenticator} and {@link SecurityFilter} on a {@link TestStore}, for
 * the REST tests: accounts (each with its personal workspace, as in production) and their API keys.
 * In the auth bundle's package because account creation and keys are package-private there.
 */
public final class TestAuth implements AutoCloseable {

    /**
     * An account: its user, personal workspace and an API key to send as {@code Authorization: Bearer}.
     */
    public record Account(User user, String workspaceId, String key) {
        public String id() {
            return user.id();
        }
    }

    private final Authenticator auth;

    public TestAuth(TestStore store) {
        this.auth = new Authenticator(store.users(), store.apiKeys(), store.audit(), store.workspaces(), config());
        this.store = store;
    }

    private final TestStore store;

    /** The security filter every request passes, as in production. */
    public SecurityFilter filter() {
        return new SecurityFilter(auth);
    }

    /** A verified account with {@code roles}, its personal workspace and an API key. */
    public Account account(String username, Role first, Role... more) {
        User user = auth.createAccount(username, username + "@lab.test", "tetrahedral-carbon-42", EnumSet.of(first, more), true, null);
        List<Membership> memberships = store.workspaces().membershipsOf(user.id());
        return new Account(user, memberships.get(0).workspaceId(), auth.newKey(user.id(), "test").secret());
    }

    @Override
    public void close() {
        auth.deactivate();
    }

    /** The auth tests' defaults, with rate limits out of the way and registration closed. */
    private static AuthConfig config() {
        TestConfigs.Auth config = new TestConfigs.Auth();
        config.requestsPerMinutePerUser = 100_000;
        config.requestsPerMinutePerIp = 100_000;
        config.accountRequestsPerMinutePerIp = 100_000;
        config.registration = false;
        return config;
    }
}
