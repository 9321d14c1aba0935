package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retort.auth.internal.TestAuth.Account;
import org.retort.store.AuditQuery;
import org.retort.store.Role;
import org.retort.web.testkit.RestHarness.Reply;

/** IT's endpoints: an online backup of the embedded store, listed and audited; Prometheus metrics. */
class SystemApiTest {

    private ApiFixture fx;
    private Account operator;
    private Account scientist;

    @BeforeEach
    void start() {
        fx = new ApiFixture();
        operator = fx.auth.account("olga", Role.OPERATOR);
        scientist = fx.auth.account("sam", Role.SCIENTIST);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void anOperatorBacksUpTheStoreAndSeesTheBackupListed() {
        fx.upload(scientist, "two.smi", "CCO\nc1ccccc1\n".getBytes());
        Reply made = fx.post(operator, "v1/admin/backups", "");
        assertThat(made.status()).as("%s", made).isEqualTo(201);
        JsonNode backup = made.json();
        assertThat(backup.path("artifacts").asInt()).isEqualTo(1);
        assertThat(backup.path("bytes").asLong()).isPositive();
        Path folder = Path.of(backup.path("location").asText());
        assertThat(Files.isDirectory(folder.resolve("database"))).isTrue();
        assertThat(Files.isDirectory(folder.resolve("artifacts"))).isTrue();

        JsonNode list = fx.get(operator, "v1/admin/backups").json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("name").asText()).isEqualTo(backup.path("name").asText());
        assertThat(fx.store.audit().list(new AuditQuery(null, "backup.created", null), 0, 10).items()).hasSize(1);
    }

    @Test
    void metricsAreInThePrometheusTextFormat() {
        Reply reply = fx.get(operator, "v1/admin/metrics");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain").contains("version=0.0.4");
        assertThat(reply.body())
                .contains("# TYPE retort_runs gauge\n")
                .contains("retort_runs{status=\"succeeded\"} 0\n")
                .containsPattern("retort_node_types [1-9][0-9]*\n")
                .containsPattern("jvm_memory_used_bytes\\{area=\"heap\"} [1-9][0-9]*\n")
                .contains("# TYPE jvm_gc_collections_total counter\n");
    }

    @Test
    void aScientistMayNeitherBackUpNorReadMetrics() {
        assertThat(fx.post(scientist, "v1/admin/backups", "").status()).isEqualTo(403);
        assertThat(fx.get(scientist, "v1/admin/backups").status()).isEqualTo(403);
        assertThat(fx.get(scientist, "v1/admin/metrics").status()).isEqualTo(403);
    }
}
