package org.retort.engine.internal.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retort.engine.internal.trigger.TriggerFixture.await;
import static org.retort.engine.internal.trigger.TriggerFixture.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.workflow.Trigger;
import org.retort.engine.workflow.Workflow;

class TriggerManagerTest {

    @TempDir
    Path temp;

    private TriggerFixture fixture;
    private TriggerManager triggers;

    @BeforeEach
    void start() throws Exception {
        fixture = new TriggerFixture(temp);
        triggers = fixture.manager();
    }

    @AfterEach
    void close() {
        triggers.close();
        fixture.close();
    }

    private static Workflow withTriggers(Workflow workflow, Trigger... triggers) {
        return new Workflow(workflow.id(), workflow.title(), workflow.description(), workflow.nodes(), workflow.edges(),
                List.of(triggers), workflow.layout());
    }

    @Test
    void aWorkflowWithABadTriggerArmsNothingNewAndSaysWhich() {
        Workflow workflow = withTriggers(TriggerFixture.lines("w", "in"),
                new Trigger.FileDrop("in", "*.txt", "lines.path"), new Trigger.Schedule("every morning"));

        assertThatThrownBy(() -> triggers.arm(workflow)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("workflow w, triggers[1]: cron 'every morning': ");
        assertThat(triggers.armed()).isEmpty();
        assertThat(triggers.camelRoutes()).isZero();

        triggers.arm(TriggerFixture.lines("w", "in"));
        assertThatThrownBy(() -> triggers.arm(workflow)).isInstanceOf(IllegalArgumentException.class);
        assertThat(triggers.routes("w")).hasSize(1).first().isInstanceOf(FileDropRoute.class);
        assertThat(triggers.camelRoutes()).isEqualTo(1);
    }

    @Test
    void cronExpressionsArmAsWritten() {
        triggers.arm(withTriggers(TriggerFixture.gated("w", new Trigger.Schedule("0 0 12 ? * 6#3")),
                new Trigger.Schedule("0 0 12 ? * 6#3"), new Trigger.Schedule("0 15,45 6-18/2 L * ? 2099")));
        assertThat(triggers.camelRoutes()).isEqualTo(2);
    }

    @Test
    void aFileInputMustNameAParameterOfANodeOfTheWorkflow() {
        assertThatThrownBy(() -> triggers.arm(withTriggers(TriggerFixture.lines("w", "in"),
                new Trigger.FileDrop("in", "*.txt", "compounds"))))
                .hasMessage("workflow w, triggers[0]: the input 'compounds' is not node.parameter, e.g. read.path");
        assertThatThrownBy(() -> triggers.arm(withTriggers(TriggerFixture.lines("w", "in"),
                new Trigger.FileDrop("in", "*.txt", "reader.path"))))
                .hasMessage("workflow w, triggers[0]: the input 'reader.path' names no node of the workflow");
        assertThat(triggers.armed()).isEmpty();
    }

    @Test
    void twoWorkflowsCannotWatchTheSameFolder() {
        triggers.arm(TriggerFixture.lines("first", "shared/in"));

        assertThatThrownBy(() -> triggers.arm(TriggerFixture.lines("second", "shared/../shared/in")))
                .hasMessage("workflow second: the watch folder " + temp.resolve("data/shared/in") + " is already watched by a trigger");
        assertThat(triggers.armed()).containsExactly("first");
    }

    @Test
    void armingAgainWithTheSameTriggersKeepsTheRoutesAndRunsTheNewWorkflow() throws Exception {
        Workflow first = TriggerFixture.lines("w", "in");
        triggers.arm(first);
        List<TriggerRoute> routes = triggers.routes("w");

        triggers.arm(new Workflow("w", "Lines, renamed", "", first.nodes(), first.edges(), first.triggers(), Map.of()));
        assertThat(triggers.routes("w")).isEqualTo(routes);
        Files.writeString(temp.resolve("data/in/batch.txt"), "a\n");
        await("a run", () -> !fixture.engine.runs().isEmpty());
        assertThat(fixture.engine.runs().get(0).workflow().title()).isEqualTo("Lines, renamed");
        await("the file archived", () -> files(temp.resolve("data/in/archive")).size() == 1);

        Workflow withoutTheInputNode = new Workflow("w", "", "", List.of(first.nodes().get(1)), List.of(), first.triggers(), Map.of());
        assertThatThrownBy(() -> triggers.arm(withoutTheInputNode))
                .hasMessage("workflow w, triggers[0]: the input 'lines.path' names no node of the workflow");
        assertThat(triggers.routes("w")).isEqualTo(routes);

        triggers.arm(withTriggers(first, new Trigger.FileDrop("other", "*.txt", "lines.path")));
        assertThat(triggers.routes("w")).hasSize(1).doesNotContainAnyElementsOf(routes);
        triggers.arm(withTriggers(first));
        assertThat(triggers.armed()).isEmpty();
        assertThat(triggers.camelRoutes()).isZero();
    }
}
