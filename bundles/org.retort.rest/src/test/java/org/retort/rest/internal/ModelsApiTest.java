package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retort.auth.internal.TestAuth.Account;
import org.retort.store.AuditQuery;
import org.retort.store.Model;
import org.retort.store.NewModelVersion;
import org.retort.store.Role;
import org.retort.web.testkit.RestHarness.Reply;

/** The model registry over HTTP, with the real security filter and store: versions, promotion, rollback, isolation. */
class ModelsApiTest {

    private ApiFixture fx;
    private Account ada;
    private Account bob;
    private String id;

    @BeforeEach
    void start() {
        fx = new ApiFixture();
        ada = fx.auth.account("ada", Role.SCIENTIST);
        bob = fx.auth.account("bob", Role.SCIENTIST);
        Model model = fx.store.models().create(ada.workspaceId(), "Solubility", ada.user().id());
        String sha = fx.store.artifacts().put(new ByteArrayInputStream("model".getBytes(StandardCharsets.UTF_8)),
                "application/vnd.retort.model+json", "m.model.json").sha256();
        fx.store.models().addVersion(model.id(), new NewModelVersion(sha, "REGRESSION", "XGBOOST", "logS",
                "[\"a\",\"b\"]", "{\"rmse\":0.8,\"r2\":0.5}", 100, "0".repeat(64), "{\"trainer\":\"x\"}"), ada.user().id());
        fx.store.models().addVersion(model.id(), new NewModelVersion(sha, "REGRESSION", "CART", "logS",
                "[\"a\"]", "{\"rmse\":0.6,\"mae\":0.4}", 120, "1".repeat(64), null), ada.user().id());
        id = model.id();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String models() {
        return "v1/models/" + id;
    }

    @Test
    void versionsArePromotedComparedAndRolledBack() {
        Reply list = fx.get(ada, "v1/workspaces/" + ada.workspaceId() + "/models");
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertThat(list.json().path("items").get(0).path("name").asText()).isEqualTo("Solubility");
        JsonNode detail = fx.get(ada, models()).json();
        assertThat(detail.path("model").path("latestVersion").asInt()).as("%s", detail).isEqualTo(2);
        assertThat(detail.path("model").path("activeVersion").isNull()).isTrue();
        assertThat(detail.path("active").isNull()).isTrue();
        assertThat(detail.path("versions").findValuesAsText("algorithm")).containsExactly("XGBOOST", "CART");

        JsonNode v1 = fx.get(ada, models() + "/versions/1").json();
        assertThat(v1.path("metrics").path("rmse").asDouble()).isEqualTo(0.8);
        assertThat(v1.path("features").get(1).asText()).isEqualTo("b");
        assertThat(v1.path("provenance").path("trainer").asText()).isEqualTo("x");
        assertThat(fx.get(ada, models() + "/versions/3").isProblem(404)).isTrue();

        Reply promoted = fx.post(ada, models() + "/promote", "{\"version\": 1}");
        assertThat(promoted.status()).as("%s", promoted).isEqualTo(200);
        assertThat(promoted.json().path("active").path("version").asInt()).isEqualTo(1);
        fx.post(ada, models() + "/promote", "{\"version\": 2}");
        assertThat(fx.get(ada, models()).json().path("model").path("activeVersion").asInt()).isEqualTo(2);
        assertThat(fx.post(ada, models() + "/promote", "{\"version\": 9}").isProblem(404)).isTrue();
        assertThat(fx.post(ada, models() + "/promote", "{\"version\": \"two\"}").isProblem(400)).isTrue();
        assertThat(fx.post(ada, models() + "/promote", "{oops").isProblem(400)).isTrue();

        JsonNode compare = fx.get(ada, models() + "/compare?a=1&b=2").json();
        assertThat(compare.path("metrics").findValuesAsText("name")).as("%s", compare).containsExactly("mae", "r2", "rmse");
        JsonNode rmse = compare.path("metrics").get(2);
        assertThat(rmse.path("a").asDouble()).isEqualTo(0.8);
        assertThat(rmse.path("b").asDouble()).isEqualTo(0.6);
        assertThat(rmse.path("difference").asDouble()).isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(compare.path("metrics").get(0).path("a").isNull()).isTrue();
        assertThat(fx.get(ada, models() + "/compare?a=1").isProblem(400)).isTrue();
        assertThat(fx.get(ada, models() + "/compare?a=1&b=5").isProblem(404)).isTrue();

        Reply back = fx.post(ada, models() + "/rollback", "");
        assertThat(back.status()).as("%s", back).isEqualTo(200);
        assertThat(back.json().path("model").path("activeVersion").asInt()).isEqualTo(1);
        assertThat(back.json().path("promotions").get(0).path("rolledBackBy").asText()).isEqualTo(ada.user().id());
        assertThat(fx.post(ada, models() + "/rollback", "").isProblem(409)).isTrue();

        assertThat(fx.store.audit().list(AuditQuery.all(), 0, 100).items())
                .extracting(e -> e.action()).contains("model.promote", "model.rollback");
    }

    @Test
    void anotherWorkspacesModelDoesNotExistForYouAndOperatorsHaveNoModels() {
        assertThat(fx.get(bob, models()).isProblem(404)).isTrue();
        assertThat(fx.get(bob, models() + "/versions/1").isProblem(404)).isTrue();
        assertThat(fx.get(bob, models() + "/compare?a=1&b=2").isProblem(404)).isTrue();
        assertThat(fx.post(bob, models() + "/promote", "{\"version\": 1}").isProblem(404)).isTrue();
        assertThat(fx.get(bob, "v1/workspaces/" + ada.workspaceId() + "/models").isProblem(404)).isTrue();

        fx.put(ada, "v1/workspaces/" + ada.workspaceId() + "/members/bob", "{\"role\": \"VIEWER\"}");
        assertThat(fx.get(bob, models()).status()).isEqualTo(200);
        assertThat(fx.post(bob, models() + "/promote", "{\"version\": 1}").isProblem(403)).as("a viewer does not write").isTrue();
        assertThat(fx.post(bob, models() + "/rollback", "").isProblem(403)).isTrue();

        Account op = fx.auth.account("op", Role.OPERATOR);
        assertThat(fx.get(op, "v1/workspaces/" + op.workspaceId() + "/models").isProblem(403)).isTrue();
        assertThat(fx.get(op, models()).isProblem(403)).isTrue();
        assertThat(fx.post(op, models() + "/rollback", "").isProblem(403)).isTrue();
    }
}
