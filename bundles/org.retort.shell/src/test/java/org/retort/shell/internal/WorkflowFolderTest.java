package org.retort.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.WorkflowTriggers;
import org.retort.engine.workflow.Workflow;

class WorkflowFolderTest {

    /** Records what the folder asks of the trigger service; refuses workflows whose id starts with "bad". */
    static final class RecordingTriggers implements WorkflowTriggers {
        final List<String> calls = new ArrayList<>();
        final Set<String> armed = new LinkedHashSet<>();

        @Override
        public void arm(Workflow workflow) {
            if (workflow.id().startsWith("bad")) {
                throw new IllegalArgumentException("cron 'whenever' is not a cron expression");
            }
            calls.add("arm " + workflow.id());
            armed.add(workflow.id());
        }

        @Override
        public void disarm(String workflowId) {
            calls.add("disarm " + workflowId);
            armed.remove(workflowId);
        }

        @Override
        public Set<String> armed() {
            return armed;
        }
    }

    private static String workflow(String id, boolean withTrigger) {
        return """
                {"format": "retort.workflow/1", "id": "%s", "nodes": [], "edges": []%s}
                """.formatted(id, withTrigger ? ", \"triggers\": [{\"type\": \"schedule\", \"cron\": \"0 0 6 * * ?\"}]" : "");
    }

    private static WorkflowFolder.Config config(Path dir) {
        return new WorkflowFolder.Config() {
            public String directory() {
                return dir.toString();
            }

            public long scanMillis() {
                return 3_600_000;
            }

            public Class<? extends Annotation> annotationType() {
                return WorkflowFolder.Config.class;
            }
        };
    }

    @Test
    void armsChangesAndDisarmsWithTheFilesAndSkipsWhatCannotBeArmed(@TempDir Path dir) throws Exception {
        RecordingTriggers triggers = new RecordingTriggers();
        Files.writeString(dir.resolve("triage.json"), workflow("triage", true));
        Files.writeString(dir.resolve("adhoc.json"), workflow("adhoc", false));
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        Files.writeString(dir.resolve("bad.json"), workflow("bad-cron", true));
        WorkflowFolder folder = new WorkflowFolder(triggers, config(dir));
        try {
            folder.scan();
            assertThat(triggers.armed).containsExactly("triage");

            Path triage = dir.resolve("triage.json");
            Files.writeString(triage, workflow("triage-v2", true));
            Files.setLastModifiedTime(triage, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            folder.scan();
            assertThat(triggers.armed).containsExactly("triage-v2");
            assertThat(triggers.calls).containsSubsequence("arm triage", "disarm triage", "arm triage-v2");

            folder.scan();
            assertThat(triggers.calls).as("an unchanged file is not armed again").hasSize(3);

            Files.delete(triage);
            folder.scan();
            assertThat(triggers.armed).isEmpty();
        } finally {
            folder.deactivate();
        }
    }
}
