package org.retort.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retort.store.AuditQuery;
import org.retort.store.Role;
import org.retort.store.testkit.TestStore;
import org.retort.web.testkit.RestHarness;
import org.retort.web.testkit.RestHarness.Reply;

/**
 * The account flows and the security filter over HTTP: the web bundle's real server, a real store on
 * Derby, real SMTP (GreenMail in-process), links followed as a user would.
 */
class AuthApiTest {

    private static final String PASSWORD = "tetrahedral-carbon-42";

    private final TestConfigs.Auth config = new TestConfigs.Auth();
    private GreenMail smtp;
    private TestStore store;
    private Authenticator auth;
    private RestHarness api;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        store = TestStore.derby();
        startApi();
    }

    private void startApi() {
        if (api != null) {
            api.close();
            auth.deactivate();
        }
        auth = new Authenticator(store.users(), store.apiKeys(), store.audit(), store.workspaces(), config);
        var mailer = new Mailer(TestConfigs.mail(smtp.getSmtp().getPort()));
        api = RestHarness.start(new SecurityFilter(auth), new AuthResource(auth, store.users(), store.tokens(), store.audit(), mailer),
                new ApiKeyResource(auth, store.apiKeys(), store.audit()), new AdminUsersResource(auth, store.users(), store.audit()),
                new AuditResource(store.audit()), new ProbeResource());
    }

    @AfterEach
    void stop() {
        api.close();
        auth.deactivate();
        store.close();
        smtp.stop();
    }

    /** A browser: the session cookie and CSRF token of its login. */
    private record Session(String cookie, String csrf) {
    }

    private Session login(String username, String password) {
        Reply reply = api.postJson("v1/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String cookie = reply.header("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("RETORT_SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        return new Session(cookie.substring(0, cookie.indexOf(';')), reply.json().path("csrfToken").asText());
    }

    private Reply get(String path, Session session) {
        return api.send(api.request(path).header("Cookie", session.cookie()).GET());
    }

    private Reply post(String path, Session session, String json, boolean withCsrf) {
        HttpRequest.Builder request = api.request(path).header("Cookie", session.cookie()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf) {
            request.header("X-CSRF-Token", session.csrf());
        }
        return api.send(request);
    }

    private Reply bearer(String path, String key) {
        return api.send(api.request(path).header("Authorization", "Bearer " + key).GET());
    }

    private void account(String username, Role... roles) {
        auth.createAccount(username, username + "@lab.test", PASSWORD, EnumSet.of(roles[0], roles), true, null);
    }

    private static String link(MimeMessage message, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
        assertThat(matcher.find()).as("mail body: " + GreenMailUtil.getBody(message)).isTrue();
        return matcher.group(1);
    }

    @Test
    void registeringMailsAVerificationLinkAndOnlyAVerifiedAccountCanLogIn() throws Exception {
        Reply registered = api.postJson("v1/auth/register", "{\"username\":\"ada\",\"email\":\"ada@lab.test\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);

        Reply early = api.postJson("v1/auth/login", "{\"username\":\"ada\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(early.isProblem(403)).as(early.toString()).isTrue();
        assertThat(early.json().path("detail").asText()).contains("Verify your email");

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ada@lab.test");
        String token = link(mail, "http://retort\\.test/api/v1/auth/verify\\?token=([A-Za-z0-9_-]+)");

        Reply verified = api.get("v1/auth/verify?token=" + token);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(api.get("v1/auth/verify?token=" + token).isProblem(400)).as("a link works once").isTrue();

        Session session = login("ada", PASSWORD);
        JsonNode me = get("v1/auth/me", session).json();
        assertThat(me.path("user").path("username").asText()).isEqualTo("ada");
        assertThat(me.path("user").path("roles").toString()).isEqualTo("[\"VIEWER\"]");
        assertThat(me.path("csrfToken").asText()).isEqualTo(session.csrf());
        assertThat(me.toString()).doesNotContain("passwordHash").doesNotContain("argon2");
        assertThat(store.audit().list(AuditQuery.all().withAction("user.verified"), 0, 10).total()).isEqualTo(1);
    }

    @Test
    void registrationRefusesWeakPasswordsTakenNamesAndBadAddressesNamingTheField() {
        Reply short_ = api.postJson("v1/auth/register", "{\"username\":\"bob\",\"email\":\"bob@lab.test\",\"password\":\"Sh0rt!\"}");
        assertThat(short_.isProblem(400)).isTrue();
        assertThat(short_.json().path("field").asText()).isEqualTo("password");
        Reply common = api.postJson("v1/auth/register", "{\"username\":\"bob\",\"email\":\"bob@lab.test\",\"password\":\"password12345678\"}");
        assertThat(common.json().path("detail").asText()).contains("commonly used");
        Reply email = api.postJson("v1/auth/register", "{\"username\":\"bob\",\"email\":\"not an address\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(email.json().path("field").asText()).isEqualTo("email");
        account("carol", Role.SCIENTIST);
        Reply taken = api.postJson("v1/auth/register", "{\"username\":\"Carol\",\"email\":\"x@lab.test\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(taken.isProblem(409)).as(taken.toString()).isTrue();
        Reply unknown = api.postJson("v1/auth/register", "{\"username\":\"bob\",\"admin\":true}");
        assertThat(unknown.status()).as("unknown member").isEqualTo(400);
    }

    @Test
    void wrongPasswordsAre401AndRepeatedOnesLockTheAccountWithRetryAfter() {
        account("dave", Role.SCIENTIST);
        Reply unknownUser = api.postJson("v1/auth/login", "{\"username\":\"nobody\",\"password\":\"whatever-it-is\"}");
        Reply wrong = api.postJson("v1/auth/login", "{\"username\":\"dave\",\"password\":\"whatever-it-is\"}");
        assertThat(wrong.isProblem(401)).isTrue();
        assertThat(unknownUser.isProblem(401)).isTrue();
        assertThat(unknownUser.json().path("detail")).as("no hint whether the account exists").isEqualTo(wrong.json().path("detail"));
        for (int i = 0; i < 4; i++) {
            api.postJson("v1/auth/login", "{\"username\":\"dave\",\"password\":\"whatever-it-is\"}");
        }
        Reply locked = api.postJson("v1/auth/login", "{\"username\":\"dave\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(locked.isProblem(429)).as(locked.toString()).isTrue();
        assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(800L, 900L);
        assertThat(store.audit().list(AuditQuery.all().withAction("login.failed"), 0, 10).total()).isEqualTo(6);
    }

    @Test
    void aForgottenPasswordIsResetWithTheMailedTokenOnceAndOldSessionsEnd() throws Exception {
        account("erin", Role.SCIENTIST);
        Session before = login("erin", PASSWORD);
        assertThat(api.postJson("v1/auth/forgot-password", "{\"email\":\"erin@lab.test\"}").status()).isEqualTo(202);
        assertThat(api.postJson("v1/auth/forgot-password", "{\"email\":\"nobody@lab.test\"}").status()).as("same answer").isEqualTo(202);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        String token = link(smtp.getReceivedMessages()[0], "\\n\\s+([A-Za-z0-9_-]{40,})\\s");

        String newPassword = "orbital-hybrid-sp3-77";
        Reply reset = api.postJson("v1/auth/reset-password", "{\"token\":\"" + token + "\",\"password\":\"" + newPassword + "\"}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(api.postJson("v1/auth/reset-password", "{\"token\":\"" + token + "\",\"password\":\"" + newPassword + "x\"}").isProblem(400)).isTrue();
        assertThat(get("v1/auth/me", before).isProblem(401)).as("sessions end with a reset").isTrue();
        assertThat(api.postJson("v1/auth/login", "{\"username\":\"erin\",\"password\":\"" + PASSWORD + "\"}").isProblem(401)).isTrue();
        login("erin", newPassword);
    }

    @Test
    void aSessionMustSendItsCsrfTokenToChangeAnything() {
        account("fay", Role.SCIENTIST);
        Session session = login("fay", PASSWORD);
        assertThat(post("v1/probe/write", session, "{}", false).isProblem(403)).isTrue();
        Reply withToken = post("v1/probe/write", session, "{}", true);
        assertThat(withToken.status()).as(withToken.toString()).isEqualTo(200);
        assertThat(withToken.json().path("caller").asText()).isEqualTo("fay");
        assertThat(get("v1/probe/read", session).status()).isEqualTo(200);

        assertThat(post("v1/auth/logout", session, "{}", true).status()).isEqualTo(204);
        assertThat(get("v1/probe/read", session).isProblem(401)).isTrue();
    }

    @Test
    void anApiKeyIsShownOnceWorksAsBearerTokenAndStopsWorkingWhenRevoked() {
        account("gus", Role.SCIENTIST);
        Session session = login("gus", PASSWORD);
        Reply created = post("v1/auth/api-keys", session, "{\"name\":\"notebook\"}", true);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().path("key").asText();
        assertThat(key).startsWith("rtk_");

        Reply me = bearer("v1/auth/me", key);
        assertThat(me.json().path("via").asText()).isEqualTo("api_key");
        assertThat(bearer("v1/probe/read", key).status()).isEqualTo(200);
        assertThat(api.send(api.request("v1/probe/write").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.noBody())).status()).as("no CSRF token needed with a key").isEqualTo(200);
        Reply listed = get("v1/auth/api-keys", session);
        assertThat(listed.body()).contains("notebook").doesNotContain(key.substring(key.lastIndexOf('_') + 1));

        String id = created.json().path("apiKey").path("id").asText();
        Reply revoked = api.send(api.request("v1/auth/api-keys/" + id).header("Cookie", session.cookie())
                .header("X-CSRF-Token", session.csrf()).DELETE());
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(bearer("v1/auth/me", key).isProblem(401)).isTrue();
        assertThat(bearer("v1/auth/me", key.substring(0, key.length() - 1) + "x").isProblem(401)).isTrue();
    }

    @Test
    void permissionsFollowTheRoleTableAndAnEndpointWithoutOneIsClosedToEverybody() {
        account("viv", Role.VIEWER);
        account("sam", Role.SCIENTIST);
        account("root", Role.ADMIN);
        Session viewer = login("viv", PASSWORD);
        Session scientist = login("sam", PASSWORD);
        Session admin = login("root", PASSWORD);

        assertThat(api.get("v1/probe/read").isProblem(401)).isTrue();
        assertThat(api.get("v1/probe/read").header("WWW-Authenticate")).contains("Bearer realm=\"retort\"");
        assertThat(get("v1/probe/read", viewer).status()).isEqualTo(200);
        Reply denied = post("v1/probe/write", viewer, "{}", true);
        assertThat(denied.isProblem(403)).isTrue();
        assertThat(denied.json().path("detail").asText()).contains("VIEWER").contains("workflows:write");
        assertThat(post("v1/probe/write", scientist, "{}", true).status()).isEqualTo(200);
        assertThat(get("v1/admin/users", scientist).isProblem(403)).isTrue();
        assertThat(get("v1/admin/users", admin).status()).isEqualTo(200);
        assertThat(get("v1/probe/unassigned", admin).isProblem(403)).as("closed to everybody").isTrue();
        assertThat(api.get("v1/probe/open").status()).isEqualTo(200);
        assertThat(get("v1/probe/open", viewer).json().path("caller").asText()).isEqualTo("viv");
    }

    @Test
    void anOperatorManagesUsersButCannotMakeAdministratorsAndTheLastAdministratorStays() {
        account("olga", Role.OPERATOR);
        account("root", Role.ADMIN);
        Session operator = login("olga", PASSWORD);
        Session admin = login("root", PASSWORD);

        Reply created = post("v1/admin/users", operator,
                "{\"username\":\"sci\",\"email\":\"sci@lab.test\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"SCIENTIST\"]}", true);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String sci = created.json().path("id").asText();
        Reply escalate = api.send(api.request("v1/admin/users/" + sci + "/roles").header("Cookie", operator.cookie())
                .header("X-CSRF-Token", operator.csrf()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[\"ADMIN\"]}")));
        assertThat(escalate.isProblem(403)).as(escalate.toString()).isTrue();

        String rootId = store.users().findByUsername("root").orElseThrow().id();
        Reply demote = api.send(api.request("v1/admin/users/" + rootId + "/roles").header("Cookie", admin.cookie())
                .header("X-CSRF-Token", admin.csrf()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[\"VIEWER\"]}")));
        assertThat(demote.isProblem(409)).as(demote.toString()).isTrue();
        Reply badRole = api.send(api.request("v1/admin/users/" + sci + "/roles").header("Cookie", admin.cookie())
                .header("X-CSRF-Token", admin.csrf()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[\"WIZARD\"]}")));
        assertThat(badRole.isProblem(400)).isTrue();
        Reply audit = get("v1/admin/audit?action=user.created", admin);
        assertThat(audit.json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void tooManyRequestsFromOneAddressAre429WithRetryAfter() {
        config.accountRequestsPerMinutePerIp = 3;
        startApi();
        List<Integer> statuses = new java.util.ArrayList<>();
        Reply last = null;
        for (int i = 0; i < 4; i++) {
            last = api.postJson("v1/auth/login", "{\"username\":\"x\",\"password\":\"y\"}");
            statuses.add(last.status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 429);
        assertThat(last.header("Retry-After")).isPresent();
    }
}
