package org.retort.auth.internal;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.OptionalLong;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.auth.Caller;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.Public;
import org.retort.web.RequestProperties;
import org.retort.web.RequiresPermission;

/**
 * Checks every API request before its resource method runs. Who: an API key as bearer token
 * ({@code Authorization: Bearer rtk_…}) or the session cookie; a cookie request that changes
 * something must carry the session's CSRF token in {@code X-CSRF-Token}. How often: a token bucket
 * per user, or per IP address without a login (429 with {@code Retry-After}). What: the method's
 * {@link RequiresPermission} against the caller's roles (401 without a caller, 403 without the
 * permission); a method with neither {@code @RequiresPermission} nor {@link Public} is refused to
 * everybody (403), so a new endpoint is closed until someone decides who may call it.
 *
 * <p>A {@link DynamicFeature}: what each resource method requires is read once, when the API is built, and a
 * {@link Guard} knowing it is bound to that method. A request then reads no annotations and touches no
 * injected proxies (a {@code @Context ResourceInfo} or servlet request costs a lookup in Jersey's injection
 * container per call: 10–15 % of a small request's time, measured with JFR under load); the caller's address
 * comes from a request property the web server sets ({@link RequestProperties#REMOTE_ADDRESS}).
 */
@Component(service = JaxRsComponent.class)
@Provider
public final class SecurityFilter implements DynamicFeature, JaxRsComponent {

    static final String COOKIE = "RETORT_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Authenticator auth;
    private final RateLimiter perUser;
    private final RateLimiter perIp;

    @Activate
    public SecurityFilter(@Reference Authenticator auth) {
        this.auth = auth;
        this.perUser = new RateLimiter(auth.config().requestsPerMinutePerUser());
        this.perIp = new RateLimiter(auth.config().requestsPerMinutePerIp());
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<?> type = resource.getResourceClass();
        RequiresPermission required = method.getAnnotation(RequiresPermission.class);
        if (required == null && !method.isAnnotationPresent(Public.class)) {
            required = type.getAnnotation(RequiresPermission.class);
        }
        boolean open = required == null && (method.isAnnotationPresent(Public.class) || type.isAnnotationPresent(Public.class));
        context.register(new Guard(required == null ? null : required.value(), open), Priorities.AUTHENTICATION);
    }

    /** The check of one resource method: its permission ({@code null}: none declared) or open to everybody. */
    final class Guard implements ContainerRequestFilter {

        private final String permission;
        private final boolean open;

        Guard(String permission, boolean open) {
            this.permission = permission;
            this.open = open;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Caller caller = authenticate(request);
            OptionalLong wait = caller != null ? perUser.take("u:" + caller.userId()) : perIp.take("ip:" + RequestProperties.remoteAddress(request));
            if (wait.isPresent()) {
                throw new ProblemException(429, "Too Many Requests", "Too many requests; try again in " + wait.getAsLong() + " s.")
                        .header("Retry-After", wait.getAsLong());
            }
            if (caller != null) {
                boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
                request.setSecurityContext(new CallerContext(caller, secure));
            }
            if (open) {
                return;
            }
            if (permission == null) {
                throw new ProblemException(403, "Forbidden", "This endpoint has not been given a permission, so nobody may call it.");
            }
            if (caller == null) {
                throw new ProblemException(401, "Unauthorized", "Log in (session cookie) or send an API key as 'Authorization: Bearer rtk_…'.")
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"retort\"");
            }
            if (!caller.can(permission)) {
                throw new ProblemException(403, "Forbidden", "Your role (" + String.join(", ", caller.roles().stream().map(Enum::name).sorted().toList())
                        + ") does not allow " + permission + ".");
            }
        }
    }

    /** The caller of the request, or {@code null}; a bearer token that is not a valid key, or a missing CSRF token, is an error. */
    private Caller authenticate(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new ProblemException(401, "Unauthorized", "Only 'Authorization: Bearer <API key>' is accepted.")
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"retort\"");
            }
            return auth.fromApiKey(authorization.substring(7).strip()).orElseThrow(() ->
                    new ProblemException(401, "Unauthorized", "The API key is not valid: unknown, revoked, or mistyped.")
                            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"retort\", error=\"invalid_token\""));
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null) {
            return null;
        }
        var login = auth.fromSession(cookie.getValue()).orElse(null);
        if (login == null) {
            return null;
        }
        if (!SAFE.contains(request.getMethod()) && !Secrets.same(login.csrfToken(), request.getHeaderString(CSRF_HEADER))) {
            throw new ProblemException(403, "Forbidden", "A request with the session cookie that changes something must carry the session's CSRF token in "
                    + CSRF_HEADER + " (from the login answer or GET /api/v1/auth/me).");
        }
        return login.caller();
    }


    /** The request's security context once its caller is known. */
    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().stream().anyMatch(r -> r.name().equalsIgnoreCase(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return caller.via() == Caller.Via.API_KEY ? "Bearer" : "Session";
        }
    }
}
