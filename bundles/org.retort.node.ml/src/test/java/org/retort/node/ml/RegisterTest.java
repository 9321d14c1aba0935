package org.retort.node.ml;

import org.retort.api.testing.RecordingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.SinkNode;
import org.retort.store.Model;
import org.retort.store.ModelVersion;
import org.retort.store.Workspace;
import org.retort.store.testkit.TestStore;

/** Register stores the model row and adds registry versions, on the real store. */
class RegisterTest {

    private final TestStore store = TestStore.derby();
    private final Register register = new Register(store.models(), store.artifacts(), store.workspaces());
    private final Workspace lab = store.workspaces().create("Lab", null);

    @AfterEach
    void close() {
        store.close();
    }

    private static Table trained() {
        return new Train().process(Map.of("in", Tables.linear(40)), new Train.Params(Task.REGRESSION, "y", "x1,x2", "",
                Algorithm.CART, MissingValues.FAIL_ROW, "", "", 1, 0, 42), new RecordingContext()).get("model");
    }

    private static void run(SinkNode.ChunkWriter writer, Table table) throws Exception {
        writer.write(table);
        writer.close();
    }

    @Test
    void registersVersionsAndPromotesOnRequest() throws Exception {
        Table model = trained();
        RecordingContext context = new RecordingContext();
        run(register.open(new Register.Params("lab", "Solubility", false), context), model);
        run(register.open(new Register.Params(lab.id(), "solubility", true), context), model);

        Model entry = store.models().findByName(lab.id(), "solubility").orElseThrow();
        assertThat(entry.latestVersion()).isEqualTo(2);
        assertThat(entry.activeVersion()).isEqualTo(2);
        assertThat(context.counter(Register.REGISTERED)).isEqualTo(2);

        Row row = model.rows().get(0);
        ModelVersion v1 = store.models().version(entry.id(), 1).orElseThrow();
        assertThat(v1.task()).isEqualTo("REGRESSION");
        assertThat(v1.algorithm()).isEqualTo("CART");
        assertThat(v1.target()).isEqualTo("y");
        assertThat(v1.featuresJson()).isEqualTo("[\"x1\",\"x2\"]");
        assertThat(v1.metricsJson()).isEqualTo(row.string(model.schema().index("metrics")));
        assertThat(v1.trainingRows()).isEqualTo(40);
        assertThat(v1.trainingHash()).isEqualTo(row.string(model.schema().index("training_hash")));
        assertThat(v1.provenanceJson()).isEqualTo(row.string(model.schema().index("provenance")));
        // the same model is stored once
        assertThat(store.models().version(entry.id(), 2).orElseThrow().artifactSha256()).isEqualTo(v1.artifactSha256());

        JsonNode stored;
        try (InputStream in = store.artifacts().open(v1.artifactSha256())) {
            stored = new ObjectMapper().readTree(in);
        }
        assertThat(store.artifacts().find(v1.artifactSha256()).orElseThrow().mediaType()).isEqualTo(Register.MEDIA_TYPE);
        assertThat(stored.get("model").asText()).isEqualTo(row.string(model.schema().index("model")));
        assertThat(stored.get("training_rows").asLong()).isEqualTo(40);
        assertThat(stored.get("provenance").asText()).isEqualTo(v1.provenanceJson());
        assertThat(stored.get("domain").asText()).isEqualTo(row.string(model.schema().index(TrainedModel.DOMAIN)));
        // read back, the artifact is the model row it was written from
        try (InputStream in = store.artifacts().open(v1.artifactSha256())) {
            assertThat(ModelJson.read(in, "v1").rows()).containsExactly(row);
        }
    }

    @Test
    void anUnknownWorkspaceFailsBeforeAnyRow() {
        assertThatThrownBy(() -> register.open(new Register.Params("nowhere", "m", false), new RecordingContext()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no workspace 'nowhere'");
    }

    @Test
    void aTableThatIsNoModelIsRefusedAndAnEmptyOneWarns() throws Exception {
        RecordingContext context = new RecordingContext();
        var writer = register.open(new Register.Params("lab", "m", false), context);
        assertThatThrownBy(() -> writer.write(Tables.linear(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Retort model table");
        run(register.open(new Register.Params("lab", "m", false), context), Table.empty(TrainedModel.SCHEMA));
        assertThat(context.warnings()).containsExactly("the model input held no model: nothing was registered");
        assertThat(store.models().findByName(lab.id(), "m")).isEmpty();
    }

    @Test
    void onlyTheFirstModelRowIsRegistered() throws Exception {
        Table model = trained();
        Row row = model.rows().get(0);
        RecordingContext context = new RecordingContext();
        run(register.open(new Register.Params("lab", "m", true), context),
                new Table(model.schema(), List.of(row, new Row(2, row.values(), null))));
        assertThat(store.models().findByName(lab.id(), "m").orElseThrow().latestVersion()).isEqualTo(1);
        assertThat(context.warnings()).hasSize(1);
    }
}
