package org.retort.auth.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.store.AuditLog;
import org.retort.store.Role;
import org.retort.store.StoreConflictException;
import org.retort.store.TokenPurpose;
import org.retort.store.Tokens;
import org.retort.store.User;
import org.retort.store.Users;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.Public;
import org.retort.web.RequiresPermission;

/**
 * {@code /api/v1/auth}: log in and out, who am I, register and verify the email, forgotten and
 * changed passwords. Login, registration and the mail flows are limited per IP address; the mail flows
 * answer the same whether or not an account exists.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource implements JaxRsComponent {

    record Credentials(String username, String password) {
    }

    record Registration(String username, String email, String password) {
    }

    record EmailRequest(String email) {
    }

    record TokenRequest(String token) {
    }

    record Reset(String token, String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final Authenticator auth;
    private final Users users;
    private final Tokens tokens;
    private final AuditLog audit;
    private final Mailer mail;
    private final RateLimiter accountRequests;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Activate
    public AuthResource(@Reference Authenticator auth, @Reference Users users, @Reference Tokens tokens,
            @Reference AuditLog audit, @Reference Mailer mail) {
        this.auth = auth;
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.mail = mail;
        this.accountRequests = new RateLimiter(auth.config().accountRequestsPerMinutePerIp());
    }

    @POST
    @Path("login")
    @Public
    public Response login(Credentials credentials) {
        throttle();
        require(credentials != null && credentials.username() != null && credentials.password() != null,
                "send {\"username\": …, \"password\": …}");
        Authenticator.Login login = auth.login(credentials.username(), credentials.password(), Requests.ip(servletRequest));
        NewCookie cookie = new NewCookie.Builder(SecurityFilter.COOKIE).value(login.sessionId()).path("/api").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure(secure()).build();
        return Response.ok(me(login.caller(), login.csrfToken())).cookie(cookie).build();
    }

    @POST
    @Path("logout")
    @Public
    public Response logout(@CookieParam(SecurityFilter.COOKIE) String session, @Context SecurityContext security) {
        Caller.of(security).ifPresent(caller -> audit.record(caller.userId(), "logout", "user:" + caller.username(), "", Requests.ip(servletRequest)));
        auth.logout(session);
        NewCookie expired = new NewCookie.Builder(SecurityFilter.COOKIE).value("").path("/api").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure(secure()).maxAge(0).build();
        return Response.noContent().cookie(expired).build();
    }

    @GET
    @Path("me")
    @RequiresPermission("account:self")
    public Map<String, Object> me(@Context SecurityContext security, @CookieParam(SecurityFilter.COOKIE) String session) {
        Caller caller = Caller.of(security).orElseThrow();
        String csrf = caller.via() == Caller.Via.SESSION ? auth.fromSession(session).map(Authenticator.Login::csrfToken).orElse(null) : null;
        return me(caller, csrf);
    }

    private Map<String, Object> me(Caller caller, String csrf) {
        // the account as authentication just read it (at most 2 s old; changes through this server at once)
        User user = auth.account(caller.userId()).orElseThrow(() -> new ProblemException(401, "Unauthorized", "This account no longer exists."));
        var body = new LinkedHashMap<String, Object>();
        body.put("user", Views.UserView.of(user));
        body.put("via", caller.via().name().toLowerCase(Locale.ROOT));
        body.put("permissions", RolePermissions.of(user.roles()).stream().sorted().toList());
        if (csrf != null) {
            body.put("csrfToken", csrf);
        }
        return body;
    }

    /** Creates an unverified account and mails a verification link (valid {@code verificationHours}). */
    @POST
    @Path("register")
    @Public
    public Response register(Registration registration) {
        throttle();
        if (!auth.config().registration()) {
            throw new ProblemException(403, "Forbidden", "Registration is closed here: ask an administrator for an account.");
        }
        require(registration != null, "send {\"username\": …, \"email\": …, \"password\": …}");
        String username = AccountRules.username(registration.username());
        String email = AccountRules.email(registration.email());
        AccountRules.password(registration.password(), username, email);
        Role role = Role.valueOf(auth.config().registrationRole().strip().toUpperCase(Locale.ROOT));
        User user;
        try {
            user = auth.createAccount(username, email, registration.password(), EnumSet.of(role), false, null);
        } catch (StoreConflictException e) {
            throw new ProblemException(409, "Conflict", "That username or email address is already registered.");
        }
        audit.record(user.id(), "user.registered", "user:" + username, "role " + role, Requests.ip(servletRequest));
        sendVerification(user);
        return Response.accepted(Map.of("message", "Account created. Follow the link sent to " + email
                + " within " + auth.config().verificationHours() + " h to verify it, then log in.")).build();
    }

    /** The link in the verification mail. */
    @GET
    @Path("verify")
    @Public
    public Map<String, Object> verifyLink(@QueryParam("token") String token) {
        return verify(new TokenRequest(token));
    }

    @POST
    @Path("verify")
    @Public
    public Map<String, Object> verify(TokenRequest request) {
        throttle();
        require(request != null && request.token() != null && !request.token().isBlank(), "send {\"token\": …}");
        String userId = tokens.consume(Secrets.hash(request.token()), TokenPurpose.VERIFY_EMAIL, Instant.now()).orElseThrow(() ->
                new ProblemException(400, "Bad Request", "This verification link is not valid: it was used already, has expired, or is mistyped. Ask for a new one."));
        User user = users.markVerified(userId);
        audit.record(userId, "user.verified", "user:" + user.username(), "", Requests.ip(servletRequest));
        return Map.of("verified", true, "username", user.username());
    }

    @POST
    @Path("resend-verification")
    @Public
    public Response resend(EmailRequest request) {
        throttle();
        require(request != null && request.email() != null, "send {\"email\": …}");
        users.findByEmail(request.email()).filter(user -> !user.verified()).ifPresent(this::sendVerification);
        return Response.accepted(Map.of("message", "If an unverified account has this address, a new link is on its way.")).build();
    }

    @POST
    @Path("forgot-password")
    @Public
    public Response forgot(EmailRequest request) {
        throttle();
        require(request != null && request.email() != null, "send {\"email\": …}");
        users.findByEmail(request.email()).ifPresent(user -> {
            Instant now = Instant.now();
            tokens.invalidate(user.id(), TokenPurpose.RESET_PASSWORD, now);
            String token = Secrets.token(32);
            tokens.create(user.id(), TokenPurpose.RESET_PASSWORD, Secrets.hash(token), now.plus(Duration.ofMinutes(auth.config().resetMinutes())));
            audit.record(user.id(), "password.reset-requested", "user:" + user.username(), "", Requests.ip(servletRequest));
            mail.send(user.email(), "Reset your Retort password", "Hello " + user.username() + ",\n\n"
                    + "somebody (hopefully you) asked to reset your Retort password. Your reset token, valid for "
                    + auth.config().resetMinutes() + " minutes:\n\n    " + token + "\n\n"
                    + "Send it with a new password to " + auth.config().publicUrl() + "/api/v1/auth/reset-password as\n"
                    + "{\"token\": \"<token>\", \"password\": \"<new password>\"}.\n\n"
                    + "If you did not ask, ignore this mail: your password stays as it is.\n");
        });
        return Response.accepted(Map.of("message", "If an account has this address, a reset token is on its way.")).build();
    }

    @POST
    @Path("reset-password")
    @Public
    public Response reset(Reset reset) {
        throttle();
        require(reset != null && reset.token() != null && reset.password() != null, "send {\"token\": …, \"password\": …}");
        Instant now = Instant.now();
        String userId = tokens.consume(Secrets.hash(reset.token()), TokenPurpose.RESET_PASSWORD, now).orElseThrow(() ->
                new ProblemException(400, "Bad Request", "This reset token is not valid: it was used already, has expired, or is mistyped. Ask for a new one."));
        User user = users.find(userId).orElseThrow();
        AccountRules.password(reset.password(), user.username(), user.email());
        users.updatePasswordHash(userId, auth.hash(reset.password()));
        users.resetFailedLogins(userId);
        auth.endSessionsOf(userId);
        audit.record(userId, "password.reset", "user:" + user.username(), "", Requests.ip(servletRequest));
        return Response.noContent().build();
    }

    @POST
    @Path("change-password")
    @RequiresPermission("account:self")
    public Response changePassword(PasswordChange change, @Context SecurityContext security) {
        Caller caller = Caller.of(security).orElseThrow();
        require(change != null && change.currentPassword() != null && change.newPassword() != null,
                "send {\"currentPassword\": …, \"newPassword\": …}");
        User user = users.find(caller.userId()).orElseThrow();
        if (!auth.matches(change.currentPassword(), user.passwordHash())) {
            audit.record(user.id(), "password.change-refused", "user:" + user.username(), "wrong current password", Requests.ip(servletRequest));
            throw new ProblemException(403, "Forbidden", "The current password is wrong.");
        }
        AccountRules.password(change.newPassword(), user.username(), user.email());
        users.updatePasswordHash(user.id(), auth.hash(change.newPassword()));
        auth.endSessionsOf(user.id());
        audit.record(user.id(), "password.changed", "user:" + user.username(), "", Requests.ip(servletRequest));
        return Response.noContent().build();
    }

    private void sendVerification(User user) {
        Instant now = Instant.now();
        tokens.invalidate(user.id(), TokenPurpose.VERIFY_EMAIL, now);
        String token = Secrets.token(32);
        tokens.create(user.id(), TokenPurpose.VERIFY_EMAIL, Secrets.hash(token), now.plus(Duration.ofHours(auth.config().verificationHours())));
        mail.send(user.email(), "Verify your Retort account", "Hello " + user.username() + ",\n\n"
                + "to finish creating your Retort account, open this link within " + auth.config().verificationHours() + " hours:\n\n    "
                + auth.config().publicUrl() + "/api/v1/auth/verify?token=" + token + "\n\n"
                + "If you did not register, ignore this mail.\n");
    }

    private void throttle() {
        accountRequests.take("ip:" + Requests.ip(servletRequest)).ifPresent(wait -> {
            throw new ProblemException(429, "Too Many Requests", "Too many account requests from your address; try again in " + wait + " s.")
                    .header("Retry-After", wait);
        });
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ProblemException(400, "Bad Request", message);
        }
    }

    private boolean secure() {
        String forwarded = headers == null ? null : headers.getHeaderString("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(forwarded) || (uri != null && "https".equalsIgnoreCase(uri.getRequestUri().getScheme()));
    }
}
