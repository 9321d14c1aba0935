package org.retort.node.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.testing.RecordingContext;
import org.retort.store.NewModelVersion;
import org.retort.store.Workspace;
import org.retort.store.testkit.TestStore;

/** Predict with a registered model by name (active or pinned version), on the real store. */
class PredictRegistryTest {

    private final TestStore store = TestStore.derby();
    private final Workspace lab = store.workspaces().create("Lab", null);
    private final Register register = new Register(store.models(), store.artifacts(), store.workspaces());
    private final Predict predict = new Predict(store.workspaces(), store.models(), store.artifacts(), 1000, Duration.ZERO);

    @AfterEach
    void close() {
        store.close();
    }

    private static Table train(int depth) {
        return new Train().process(Map.of("in", Chembl.every(2)), new Train.Params(Task.REGRESSION, "p_ic50", "", Chembl.PREFIX,
                Algorithm.CART, MissingValues.FAIL_ROW, "", "", 1, depth, 42), new RecordingContext()).get("model");
    }

    private void register(Table model, boolean promote) throws Exception {
        var writer = register.open(new Register.Params("lab", "pIC50", promote), new RecordingContext());
        writer.write(model);
        writer.close();
    }

    private Table byName(String workspace, String name, String version, RecordingContext context) throws InterruptedException {
        return predict.process(Map.of("in", Chembl.first(20)), new Predict.Params("p", workspace, name, version, 0.3), context).get("out");
    }

    private Table byPort(Table model) throws InterruptedException {
        return new Predict().process(Map.of("in", Chembl.first(20), "model", model), new Predict.Params("p", "", "", "", 0.3),
                new RecordingContext()).get("out");
    }

    @Test
    void aRunStartedByAUserReachesOnlyTheirWorkspacesAndNamesThemAsAuthors() throws Exception {
        var roles = java.util.Set.of(org.retort.store.Role.SCIENTIST);
        String ada = store.users().create("ada", "ada@example.org", "h", roles, true).id();
        String vic = store.users().create("vic", "vic@example.org", "h", roles, true).id();
        String eve = store.users().create("eve", "eve@example.org", "h", roles, true).id();
        String lab = store.workspaces().findByName("lab").orElseThrow().id();
        store.workspaces().addMember(lab, ada, org.retort.store.WorkspaceRole.MEMBER);
        store.workspaces().addMember(lab, vic, org.retort.store.WorkspaceRole.VIEWER);
        Table model = train(2);

        RecordingContext byAda = new RecordingContext();
        byAda.startedBy(ada);
        var writer = register.open(new Register.Params("lab", "pIC50", true), byAda);
        writer.write(model);
        writer.close();
        var entry = store.models().findByName(lab, "pIC50").orElseThrow();
        assertThat(entry.createdBy()).isEqualTo(ada);
        assertThat(store.models().version(entry.id(), 1).orElseThrow().createdBy()).isEqualTo(ada);
        assertThat(store.models().promotions(entry.id()).get(0).promotedBy()).isEqualTo(ada);

        RecordingContext byVic = new RecordingContext();
        byVic.startedBy(vic);
        assertThatThrownBy(() -> register.open(new Register.Params("lab", "pIC50", false), byVic))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("may only read workspace 'Lab'");
        assertThat(byName("lab", "pIC50", "", byVic).size()).as("a viewer predicts").isEqualTo(20);

        RecordingContext byEve = new RecordingContext();
        byEve.startedBy(eve);
        assertThatThrownBy(() -> byName("lab", "pIC50", "", byEve)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("there is no workspace 'lab'");
        assertThatThrownBy(() -> register.open(new Register.Params("lab", "other", false), byEve))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("there is no workspace 'lab'");
    }

    @Test
    void theFingerprintFollowsTheVersionANameMeansSoTheResultCacheNoticesAPromotion() throws Exception {
        register(train(2), true);
        var active = new Predict.Params("p", "lab", "pIC50", "", 0.3);
        String first = predict.fingerprint(active);
        assertThat(first).startsWith("model ").hasSize("model ".length() + 64);
        register(train(8), false);
        assertThat(predict.fingerprint(active)).as("version 2 not promoted yet").isEqualTo(first);
        String lab = store.workspaces().findByName("lab").orElseThrow().id();
        store.models().promote(store.models().findByName(lab, "pIC50").orElseThrow().id(), 2, null);
        assertThat(predict.fingerprint(active)).isNotEqualTo(first);
        assertThat(predict.fingerprint(new Predict.Params("p", "lab", "pIC50", "1", 0.3))).isEqualTo(first);
        assertThat(predict.fingerprint(new Predict.Params("p", "", "", "", 0.3))).as("a model from the port").isEmpty();
        assertThat(predict.fingerprint(new Predict.Params("p", "lab", "nothing", "", 0.3))).as("cannot tell").isNull();
    }

    @Test
    void theActiveVersionOrAPinnedOnePredictsAsTheModelFromThePortDoes() throws Exception {
        Table shallow = train(2);
        Table deep = train(8);
        register(shallow, true);
        register(deep, false);
        var context = new RecordingContext();
        assertThat(byName("Lab", "pic50", "", context).rows()).isEqualTo(byPort(shallow).rows());
        assertThat(context.infos()).anyMatch(m -> m.startsWith("predicting with model 'pIC50' version 1 (artifact "));
        assertThat(byName(lab.id(), "pIC50", "2", new RecordingContext()).rows()).isEqualTo(byPort(deep).rows());
        assertThat(byPort(deep).rows()).isNotEqualTo(byPort(shallow).rows());
    }

    @Test
    void whatDoesNotExistIsNamed() throws Exception {
        assertThatThrownBy(() -> byName("nowhere", "pIC50", "", new RecordingContext()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no workspace 'nowhere'");
        assertThatThrownBy(() -> byName("lab", "solubility", "", new RecordingContext()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("workspace 'Lab' has no registered model 'solubility'");
        register(train(2), false);
        assertThatThrownBy(() -> byName("lab", "pIC50", "", new RecordingContext())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model 'pIC50' has no active version: promote one (the latest is version 1) or pin a version");
        assertThatThrownBy(() -> byName("lab", "pIC50", "3", new RecordingContext())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model 'pIC50' has no version 3 (versions 1 to 1)");
    }

    @Test
    void exactlyOneModelSourceIsGivenAndANameNeedsTheStore() throws Exception {
        Table model = train(2);
        var both = new Predict.Params("p", "lab", "pIC50", "", 0.3);
        assertThatThrownBy(() -> predict.process(Map.of("in", Chembl.first(2), "model", model), both, new RecordingContext()))
                .hasMessageStartingWith("the model comes either from the model port or by name, not both");
        assertThatThrownBy(() -> predict.configure(Map.of("in", Chembl.table().schema()), new Predict.Params("p", "", "", "", 0.3)))
                .hasMessage("no model: connect the model port or name a registered model (workspace and model name)");
        assertThatThrownBy(() -> predict.configure(Map.of("in", Chembl.table().schema()), new Predict.Params("p", "", "pIC50", "", 0.3)))
                .hasMessage("name the workspace of registered model 'pIC50'");
        assertThatThrownBy(() -> predict.configure(Map.of("in", Chembl.table().schema(), "model", TrainedModel.SCHEMA),
                new Predict.Params("p", "", "", "2", 0.3))).hasMessage("version 2 needs a model name");
        assertThatThrownBy(() -> new Predict(null, null, null, 10, Duration.ofMillis(200)).process(Map.of("in", Chembl.first(2)), new Predict.Params("p", "lab", "pIC50", "", 0.3),
                new RecordingContext())).isInstanceOf(IllegalStateException.class)
                .hasMessage("predicting with registered model 'pIC50' needs the store (feature retort-store), which is not running");
    }

    @Test
    void aStoreThatComesUpAfterTheNodeIsWaitedFor() throws Exception {
        register(train(2), true);
        var late = new Predict(null, null, null, 10, Duration.ofSeconds(30));
        var binder = new Thread(() -> {
            try {
                Thread.sleep(300);
                // what Declarative Services does when the store's services arrive (field injection)
                for (var field : new String[] {"workspaces", "models", "artifacts"}) {
                    var f = Predict.class.getDeclaredField(field);
                    f.setAccessible(true);
                    f.set(late, switch (field) {
                        case "workspaces" -> store.workspaces();
                        case "models" -> store.models();
                        default -> store.artifacts();
                    });
                }
            } catch (ReflectiveOperationException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        binder.start();
        Table out = late.process(Map.of("in", Chembl.first(5)), new Predict.Params("p", "lab", "pIC50", "", 0.3), new RecordingContext()).get("out");
        binder.join();
        assertThat(out.rows()).hasSize(5).noneMatch(Row::failed);
    }

    @Test
    void aModelRegisteredBeforeDomainsWereKeptPredictsWithEmptyDomainColumnsAndAWarning() throws Exception {
        Table model = train(2);
        int domain = model.schema().index(TrainedModel.DOMAIN);
        Row row = model.rows().get(0);
        var old = new java.util.ArrayList<>(row.values());
        old.remove(domain);
        var columns = new java.util.ArrayList<>(model.schema().columns());
        columns.remove(domain);
        Table before = new Table(new org.retort.api.data.Schema(columns), List.of(new Row(1, old, null)));
        // stored as the register node of version 1.0 of this bundle wrote it: no domain key
        var artifact = store.artifacts().put(new ByteArrayInputStream(ModelJson.write(before.schema(), before.rows().get(0))),
                Register.MEDIA_TYPE, "old.model.json");
        assertThat(new String(store.artifacts().open(artifact.sha256()).readAllBytes())).doesNotContain("\"domain\"");
        var entry = store.models().create(lab.id(), "old", null);
        TrainedModel read = TrainedModel.from(before);
        store.models().addVersion(entry.id(), new NewModelVersion(artifact.sha256(), "REGRESSION", "CART", "p_ic50",
                "[]", "{}", read.trainingRows(), read.trainingHash(), read.provenance()), null);
        store.models().promote(entry.id(), 1, null);

        var context = new RecordingContext();
        Table out = byName("lab", "old", "", context);
        assertThat(out.rows()).allSatisfy(r -> {
            assertThat(r.get(out.schema().index("p_in_domain"))).isNull();
            assertThat(r.get(out.schema().index("p_similarity"))).isNull();
        });
        assertThat(context.warnings()).containsExactly("the model was trained before Retort kept its applicability domain: the domain columns are empty");
        assertThat(out.rows()).extracting(r -> r.get(out.schema().index("p")))
                .isEqualTo(byPort(model).rows().stream().map(r -> r.get(out.schema().index("p"))).toList());
    }
}
