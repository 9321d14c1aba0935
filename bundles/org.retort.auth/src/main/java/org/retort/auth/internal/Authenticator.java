package org.retort.auth.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.session.InvalidSessionException;
import org.apache.shiro.session.Session;
import org.apache.shiro.session.mgt.DefaultSessionContext;
import org.apache.shiro.session.mgt.DefaultSessionKey;
import org.apache.shiro.session.mgt.DefaultSessionManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.retort.api.util.ContextClassLoader;
import org.retort.auth.Caller;
import org.retort.store.ApiKey;
import org.retort.store.ApiKeys;
import org.retort.store.AuditLog;
import org.retort.store.Role;
import org.retort.store.StoreConflictException;
import org.retort.store.User;
import org.retort.store.Users;
import org.retort.store.WorkspaceRole;
import org.retort.store.Workspaces;
import org.retort.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentication with Apache Shiro over the store's accounts: passwords (argon2id through Shiro's
 * {@link DefaultPasswordService}), browser sessions (Shiro's native session manager; a session holds
 * the user id and its CSRF token), API keys ({@code rtk_<prefix>_<secret>}, the secret stored as
 * SHA-256), permission checks (Shiro's authorizer over {@link StoreRealm}), the lockout after repeated
 * failed logins, and the audit of each of those.
 */
@Component(service = Authenticator.class, configurationPid = "org.retort.auth")
@Designate(ocd = AuthConfig.class)
public final class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    static final String KEY_PREFIX = "rtk_";
    private static final String USER = "userId";
    private static final String CSRF = "csrf";

    /** A successful login: who, the session's id (the cookie) and its CSRF token. */
    record Login(Caller caller, String sessionId, String csrfToken) {
    }

    /** A new API key: its record and the whole key, shown once. */
    record NewKey(ApiKey key, String secret) {
    }

    /** An API key found valid at {@code at} (nanoTime). */
    private record VerifiedKey(String keyId, String userId, long at) {
    }

    static final long KEY_CACHE_SECONDS = 30;
    /** How long an account read for a request serves the next requests of the same user. */
    static final long ACCOUNT_CACHE_MILLIS = 2000;

    private record RecentAccount(Optional<User> user, long at) {
    }

    private final Map<String, RecentAccount> recentAccounts = new ConcurrentHashMap<>();
    private final Map<String, VerifiedKey> verifiedKeys = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastUse = new ConcurrentHashMap<>();

    private final Users users;
    private final ApiKeys apiKeys;
    private final AuditLog audit;
    private final Workspaces workspaces;
    private final AuthConfig config;
    private final PasswordService passwords;
    private final StoreRealm realm;
    private final DefaultSessionManager sessions;
    private final DefaultSecurityManager security;
    private final String dummyHash;

    @Activate
    public Authenticator(@Reference Users users, @Reference ApiKeys apiKeys, @Reference AuditLog audit,
            @Reference Workspaces workspaces, AuthConfig config) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.audit = audit;
        this.workspaces = workspaces;
        this.config = config;
        this.passwords = new DefaultPasswordService();
        this.realm = new StoreRealm(users, passwords);
        this.sessions = new DefaultSessionManager();
        sessions.setGlobalSessionTimeout(Duration.ofMinutes(config.sessionIdleMinutes()).toMillis());
        sessions.setDeleteInvalidSessions(true);
        this.security = new DefaultSecurityManager(realm);
        security.setSessionManager(sessions);
        this.dummyHash = hash("not a password of anybody, only spends the same time");
        bootstrapAdmin();
    }

    @Deactivate
    void deactivate() {
        security.destroy();
    }

    AuthConfig config() {
        return config;
    }

    /** The argon2id hash of {@code password}, in Shiro's PHC-style format. */
    String hash(String password) {
        return ContextClassLoader.call(Authenticator.class, () -> passwords.encryptPassword(password));
    }

    boolean matches(String password, String hash) {
        return ContextClassLoader.call(Authenticator.class, () -> passwords.passwordsMatch(password, hash));
    }

    /**
     * Logs in by username or email and password. Wrong credentials are one 401 whether or not the
     * account exists (and take the same time); a locked account is a 429 saying when to try again;
     * an unverified one a 403, told only to whoever knows the password.
     */
    Login login(String name, String password, String ip) {
        User user = realm.find(name);
        if (user == null) {
            matches(password == null ? "" : password, dummyHash);
            audit.record(AuditLog.SYSTEM, "login.failed", "user:" + name, "no such account", ip);
            throw wrongCredentials();
        }
        Instant now = Instant.now();
        if (user.lockedAt(now)) {
            audit.record(user.id(), "login.refused", "user:" + user.username(), "account locked", ip);
            long seconds = Math.max(1, Duration.between(now, user.lockedUntil()).toSeconds());
            throw new ProblemException(429, "Too Many Requests", "Too many failed logins: this account is locked for "
                    + (seconds + 59) / 60 + " more minute(s).").header("Retry-After", seconds);
        }
        try {
            ContextClassLoader.call(Authenticator.class, () -> security.authenticate(new UsernamePasswordToken(name, password)));
        } catch (AuthenticationException e) {
            User failed = users.recordFailedLogin(user.id());
            String detail = "wrong password (" + failed.failedLogins() + " in a row)";
            if (failed.failedLogins() >= config.lockoutThreshold()) {
                users.lockUntil(user.id(), now.plus(Duration.ofMinutes(config.lockoutMinutes())));
                detail += "; locked for " + config.lockoutMinutes() + " minutes";
            }
            audit.record(user.id(), "login.failed", "user:" + user.username(), detail, ip);
            throw wrongCredentials();
        }
        if (!user.verified()) {
            audit.record(user.id(), "login.refused", "user:" + user.username(), "email not verified", ip);
            throw new ProblemException(403, "Forbidden", "Verify your email address first: follow the link we sent to it, or ask for a new one.");
        }
        users.resetFailedLogins(user.id());
        Session session = sessions.start(new DefaultSessionContext());
        String csrf = Secrets.token(32);
        session.setAttribute(USER, user.id());
        session.setAttribute(CSRF, csrf);
        audit.record(user.id(), "login", "user:" + user.username(), "", ip);
        return new Login(caller(user, Caller.Via.SESSION, null), session.getId().toString(), csrf);
    }

    private static ProblemException wrongCredentials() {
        return new ProblemException(401, "Unauthorized", "Wrong username or password.");
    }

    /** Ends session {@code id}; nothing if it is not active. */
    void logout(String id) {
        session(id).ifPresent(Session::stop);
    }

    /** The caller of an active session and the session's CSRF token. */
    Optional<Login> fromSession(String id) {
        return session(id).flatMap(session -> {
            String userId = (String) session.getAttribute(USER);
            Optional<User> user = account(userId);
            if (user.isEmpty()) {
                session.stop();
                return Optional.empty();
            }
            session.touch();
            return Optional.of(new Login(caller(user.get(), Caller.Via.SESSION, null), id, (String) session.getAttribute(CSRF)));
        });
    }

    private Optional<Session> session(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            Session session = sessions.getSession(new DefaultSessionKey(id));
            return Optional.ofNullable(session);
        } catch (InvalidSessionException e) {
            return Optional.empty();
        }
    }

    /** Ends every session of {@code userId} (after a password change or reset, a deletion). */
    void endSessionsOf(String userId) {
        forgetUser(userId);
        for (Session session : sessions.getSessionDAO().getActiveSessions()) {
            if (userId.equals(session.getAttribute(USER))) {
                try {
                    sessions.getSession(new DefaultSessionKey(session.getId())).stop();
                } catch (InvalidSessionException e) {
                    // ended meanwhile
                }
            }
        }
    }

    /**
     * The caller holding API key {@code key} ({@code rtk_<prefix>_<secret>}), if it is active and its
     * user exists. A verified key is remembered for {@value #KEY_CACHE_SECONDS} s (revoking it through
     * this server forgets it at once; another server of a cluster notices within that time), and its
     * last use is written at most once a minute: a script's every request costs one read of its
     * account, not a write.
     */
    Optional<Caller> fromApiKey(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        int split = key.indexOf('_', KEY_PREFIX.length());
        if (split < 0) {
            return Optional.empty();
        }
        String prefix = key.substring(KEY_PREFIX.length(), split);
        String secretHash = Secrets.hash(key.substring(split + 1));
        long now = System.nanoTime();
        VerifiedKey verified = verifiedKeys.get(secretHash);
        if (verified == null || now - verified.at() > KEY_CACHE_SECONDS * 1_000_000_000L) {
            verified = apiKeys.findActiveByPrefix(prefix).filter(found -> Secrets.same(found.secretHash(), secretHash))
                    .map(found -> new VerifiedKey(found.id(), found.userId(), now)).orElse(null);
            if (verified == null) {
                verifiedKeys.remove(secretHash);
                return Optional.empty();
            }
            if (verifiedKeys.size() > 10_000) {
                verifiedKeys.clear();
            }
            verifiedKeys.put(secretHash, verified);
        }
        VerifiedKey found = verified;
        return account(found.userId()).map(user -> {
            Instant last = lastUse.get(found.keyId());
            Instant at = Instant.now();
            if (last == null || Duration.between(last, at).toSeconds() >= 60) {
                lastUse.put(found.keyId(), at);
                apiKeys.touch(found.keyId(), at);
            }
            return caller(user, Caller.Via.API_KEY, found.keyId());
        });
    }

    /**
     * The account {@code userId} as the store had it at most {@value #ACCOUNT_CACHE_MILLIS} ms ago: a
     * busy script's requests share one read. Changes made through this server ({@link #forgetUser})
     * count at once; made elsewhere (another server of a cluster), within that time.
     */
    Optional<User> account(String userId) {
        long now = System.nanoTime();
        RecentAccount recent = recentAccounts.get(userId);
        if (recent != null && now - recent.at() < ACCOUNT_CACHE_MILLIS * 1_000_000L) {
            return recent.user();
        }
        Optional<User> user = users.find(userId);
        if (recentAccounts.size() > 10_000) {
            recentAccounts.clear();
        }
        recentAccounts.put(userId, new RecentAccount(user, now));
        return user;
    }

    /** The account {@code userId} changed (roles, password, lock, deletion): read it afresh from now on. */
    void forgetUser(String userId) {
        recentAccounts.remove(userId);
    }

    /** Forgets what was verified about API key {@code keyId}: it was revoked. */
    void forgetKey(String keyId) {
        verifiedKeys.values().removeIf(verified -> verified.keyId().equals(keyId));
        lastUse.remove(keyId);
    }

    /** Creates an API key named {@code name} for {@code userId}. */
    NewKey newKey(String userId, String name) {
        for (int attempt = 0; ; attempt++) {
            String prefix = Secrets.alphanumeric(12);
            String secret = Secrets.token(32);
            try {
                ApiKey key = apiKeys.create(userId, name, prefix, Secrets.hash(secret), Set.of());
                return new NewKey(key, KEY_PREFIX + prefix + "_" + secret);
            } catch (StoreConflictException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    Caller caller(User user, Caller.Via via, String keyId) {
        Set<Role> roles = user.roles();
        return new Caller(user.id(), user.username(), roles, via, keyId, permission -> Permissions.implies(roles, permission));
    }

    /** Creates {@code user} with a personal workspace they own. */
    User createAccount(String username, String email, String password, Set<Role> roles, boolean verified, String by) {
        User user = users.create(username, email, hash(password), roles, verified);
        var workspace = workspaces.create(user.username(), by == null ? user.id() : by);
        workspaces.addMember(workspace.id(), user.id(), WorkspaceRole.OWNER);
        return user;
    }

    /**
     * The first administrator: when there is no account yet and the launcher left a password in
     * {@code data/retort/initial-admin}, creates {@code admin} with it and deletes the file.
     */
    private void bootstrapAdmin() {
        String data = System.getProperty("karaf.data");
        if (data == null || users.count() > 0) {
            return;
        }
        Path file = Path.of(data).resolve(config.initialAdminFile());
        if (!Files.isRegularFile(file)) {
            LOG.info("There is no account yet and no {}: bin/retort start creates the first administrator", file);
            return;
        }
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            createAccount("admin", "admin@localhost", password, EnumSet.of(Role.ADMIN), true, null);
            Files.delete(file);
            audit.record(AuditLog.SYSTEM, "user.created", "user:admin", "first administrator, from " + config.initialAdminFile(), null);
            LOG.info("Created the first administrator account 'admin'");
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not create the first administrator from {}: {}", file, e.toString());
        }
    }
}
