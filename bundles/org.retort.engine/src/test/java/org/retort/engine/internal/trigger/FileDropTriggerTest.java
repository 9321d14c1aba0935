package org.retort.engine.internal.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retort.engine.internal.trigger.TriggerFixture.await;
import static org.retort.engine.internal.trigger.TriggerFixture.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.NodeStats;
import org.retort.engine.Run;
import org.retort.engine.RunState;
import org.retort.engine.workflow.Trigger;
import org.retort.engine.workflow.WorkflowNode;

class FileDropTriggerTest {

    private static final Pattern ARCHIVED = Pattern.compile("batch\\.([0-9a-f-]{36})\\.txt");

    @TempDir
    Path temp;

    private TriggerFixture fixture;
    private TriggerManager triggers;
    private Path inbox;

    @BeforeEach
    void arm() throws Exception {
        fixture = new TriggerFixture(temp);
        triggers = fixture.manager();
        triggers.arm(TriggerFixture.lines("lines", "drop zone/lines"));
        inbox = temp.resolve("data/drop zone/lines");
    }

    @AfterEach
    void close() {
        triggers.close();
        fixture.close();
    }

    private Run run(String id) {
        return fixture.engine.run(id).orElseThrow();
    }

    private static String runId(Path file, Pattern name) {
        Matcher matcher = name.matcher(file.getFileName().toString());
        assertThat(matcher.matches()).as(file.toString()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aDroppedFileStartsOneRunWithTheFileAndIsArchivedUnderTheRunId() throws Exception {
        Files.writeString(inbox.resolve("notes.md"), "not for this workflow\n");
        Files.writeString(inbox.resolve("batch.txt"), "a\nb\nc\n");

        await("the file archived", () -> !files(inbox.resolve("archive")).isEmpty());
        List<Path> archived = files(inbox.resolve("archive"));
        assertThat(archived).hasSize(1);
        Run run = run(runId(archived.get(0), ARCHIVED));
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(run.workflow().node("lines").orElseThrow().parameters())
                .containsEntry("path", inbox.resolve("batch.txt").toString());
        assertThat(fixture.collect.rows("collect")).extracting(r -> r.get(1)).containsExactly("a", "b", "c");
        assertThat(archived.get(0)).hasContent("a\nb\nc");
        assertThat(fixture.engine.runs()).hasSize(1);
        assertThat(files(inbox)).extracting(p -> p.getFileName().toString()).containsExactly("notes.md");
    }

    @Test
    void aFileWhoseRunFailsIsQuarantinedWithAReadableReport() throws Exception {
        Files.writeString(inbox.resolve("batch.txt"), "a\nboom\nc\n");

        await("the file and its report quarantined", () -> files(inbox.resolve("quarantine")).size() == 2);
        List<Path> quarantined = files(inbox.resolve("quarantine"));
        String runId = runId(quarantined.get(0), ARCHIVED);
        assertThat(quarantined.get(0)).hasContent("a\nboom\nc");
        assertThat(quarantined.get(1).getFileName().toString()).isEqualTo("batch." + runId + ".txt.error.json");
        JsonNode report = new ObjectMapper().readTree(quarantined.get(1).toFile());
        assertThat(report.get("workflow").asText()).isEqualTo("lines");
        assertThat(report.get("file").asText()).isEqualTo("batch.txt");
        assertThat(report.get("run").asText()).isEqualTo(runId);
        assertThat(Instant.parse(report.get("time").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(report.get("state").asText()).isEqualTo("FAILED");
        assertThat(report.get("failure").asText()).isEqualTo(run(runId).failure())
                .isEqualTo("node 'lines' (test.lines@1.0.0) failed: line 2 is boom");
        assertThat(report.get("nodes")).extracting(n -> n.get("node").asText()).containsExactly("lines", "collect");
        assertThat(report.at("/nodes/0/status").asText()).isEqualTo(NodeStats.Status.FAILED.name());
        assertThat(report.at("/nodes/0").has("rowsOut")).isTrue();
        assertThat(files(inbox.resolve("archive"))).isEmpty();
        assertThat(files(inbox)).isEmpty();
    }

    @Test
    void aFileForAWorkflowThatDoesNotValidateIsQuarantinedWithTheProblems() throws Exception {
        var broken = TriggerFixture.lines("broken", "broken");
        triggers.arm(broken.withNode(WorkflowNode.of("collect", "test.collect", "1.0.0", java.util.Map.of("colour", "red"))));
        Path folder = temp.resolve("data/broken");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("batch.txt"), "a\n");

        await("the file and its report quarantined", () -> files(folder.resolve("quarantine")).size() == 2);
        JsonNode report = new ObjectMapper().readTree(files(folder.resolve("quarantine")).get(1).toFile());
        assertThat(report.get("state").asText()).isEqualTo("NOT_STARTED");
        assertThat(report.get("failure").asText())
                .startsWith("the workflow is not valid: nodes[collect].parameters.colour: unknown parameter 'colour'");
        assertThat(fixture.engine.runs()).isEmpty();
    }

    @Test
    void aFileStillBeingWrittenIsTakenOnlyOnceComplete() throws Exception {
        triggers.close();
        triggers = fixture.manager(Duration.ofSeconds(1));
        triggers.arm(TriggerFixture.lines("lines", "drop zone/lines"));
        Files.createDirectories(inbox);
        try (Writer writer = Files.newBufferedWriter(inbox.resolve("batch.txt"))) {
            for (int i = 1; i <= 15; i++) {
                writer.write("line " + i + "\n");
                writer.flush();
                Thread.sleep(100);
            }
        }

        await("the file archived", () -> !files(inbox.resolve("archive")).isEmpty());
        Run run = run(runId(files(inbox.resolve("archive")).get(0), ARCHIVED));
        assertThat(run.nodes().get(0).rowsOut()).isEqualTo(15);
        assertThat(fixture.engine.runs()).hasSize(1);
    }

    @Test
    void theSameFileDroppedAgainAfterARestartIsNotProcessedTwice() throws Exception {
        Files.writeString(inbox.resolve("batch.txt"), "a\nb\n");
        await("the file archived", () -> !files(inbox.resolve("archive")).isEmpty());
        Path archived = files(inbox.resolve("archive")).get(0);
        triggers.close();

        Files.copy(archived, inbox.resolve("batch.txt"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(inbox.resolve("other.txt"), "c\n");
        triggers = fixture.manager();
        triggers.arm(TriggerFixture.lines("lines", "drop zone/lines"));

        await("the new file archived", () -> files(inbox.resolve("archive")).size() == 2);
        assertThat(files(inbox)).extracting(p -> p.getFileName().toString()).containsExactly("batch.txt");
        assertThat(fixture.engine.runs()).hasSize(2);

        // same name and size but another modification time: another file, processed
        Files.setLastModifiedTime(inbox.resolve("batch.txt"), FileTime.from(Instant.now().minusSeconds(60)));
        await("the changed file archived", () -> files(inbox.resolve("archive")).size() == 3);
        assertThat(fixture.engine.runs()).hasSize(3);
    }

    @Test
    void disarmCancelsTheRunOfADroppedFileAndLeavesTheFileForLater() throws Exception {
        Path folder = temp.resolve("data/gated");
        triggers.arm(TriggerFixture.gated("gated", new Trigger.FileDrop("gated", "*.txt", "gate.path")));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("batch.txt"), "a\n");
        await("the run waiting at the gate", () -> fixture.gate.running.get() == 1);
        Run run = fixture.engine.runs().get(0);

        triggers.disarm("gated");

        assertThat(run.await(TriggerFixture.DEADLINE)).isTrue();
        assertThat(run.state()).isEqualTo(RunState.CANCELLED);
        assertThat(triggers.armed()).containsExactly("lines");
        assertThat(files(folder)).extracting(p -> p.getFileName().toString()).containsExactly("batch.txt");
        assertThat(folder.resolve("archive")).doesNotExist();
        assertThat(folder.resolve("quarantine")).doesNotExist();

        fixture.gate.gate.countDown();
        triggers.arm(TriggerFixture.gated("gated", new Trigger.FileDrop("gated", "*.txt", "gate.path")));
        await("the file archived after arming again", () -> files(folder.resolve("archive")).size() == 1);
        assertThat(fixture.gate.runs.get()).isEqualTo(2);
    }
}
