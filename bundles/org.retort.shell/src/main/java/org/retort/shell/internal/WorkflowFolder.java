package org.retort.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.retort.engine.WorkflowTriggers;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Arms the triggers of every workflow file in a folder ({@code workflows/} of the installation by
 * default): put a workflow with a file-drop or schedule trigger there and it starts by itself; change
 * the file and it is re-armed; delete it and it is disarmed. The folder survives restarts, so armed
 * workflows do too. A file that does not parse or whose triggers cannot be armed is reported in the
 * log once per change and left alone.
 */
@Component(immediate = true, configurationPid = "org.retort.workflows")
@Designate(ocd = WorkflowFolder.Config.class)
public final class WorkflowFolder {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowFolder.class);

    @ObjectClassDefinition(name = "Retort workflow folder")
    public @interface Config {
        @AttributeDefinition(description = "Folder whose workflow files have their triggers armed; relative to Retort's home.")
        String directory() default "workflows";

        @AttributeDefinition(description = "How often the folder is scanned, in milliseconds.")
        long scanMillis() default 2000;
    }

    private final WorkflowTriggers triggers;
    private final Path folder;
    /** file → (its modification time at the last scan, the workflow id it armed or null) */
    private final Map<Path, Seen> seen = new HashMap<>();
    private final ScheduledExecutorService scanner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "retort-workflow-folder");
        t.setDaemon(true);
        return t;
    });

    private record Seen(long modified, String workflowId) {
    }

    @Activate
    public WorkflowFolder(@Reference WorkflowTriggers triggers, Config config) {
        this.triggers = triggers;
        Path dir = Path.of(config.directory());
        this.folder = dir.isAbsolute() ? dir : Path.of(System.getProperty("karaf.base", ".")).resolve(dir).normalize();
        scanner.scheduleWithFixedDelay(this::scan, config.scanMillis(), config.scanMillis(), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        scanner.shutdownNow();
        synchronized (seen) {
            seen.values().stream().filter(s -> s.workflowId() != null).forEach(s -> triggers.disarm(s.workflowId()));
            seen.clear();
        }
    }

    void scan() {
        synchronized (seen) {
            Map<Path, Long> present = new HashMap<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f))
                            .forEach(f -> present.put(f, modified(f)));
                } catch (IOException e) {
                    LOG.warn("Cannot list workflow folder {}: {}", folder, e.toString());
                    return;
                }
            }
            seen.keySet().removeIf(file -> {
                if (present.containsKey(file)) {
                    return false;
                }
                disarm(seen.get(file));
                LOG.info("Workflow file {} removed: its triggers are disarmed", file.getFileName());
                return true;
            });
            present.forEach((file, modified) -> {
                Seen before = seen.get(file);
                if (before == null || before.modified() != modified) {
                    seen.put(file, new Seen(modified, arm(file, before)));
                }
            });
        }
    }

    private String arm(Path file, Seen before) {
        try {
            Workflow workflow = WorkflowJson.read(file);
            if (before != null && before.workflowId() != null && !before.workflowId().equals(workflow.id())) {
                triggers.disarm(before.workflowId());
            }
            if (workflow.triggers().isEmpty()) {
                LOG.info("Workflow file {} ('{}') has no triggers: nothing to arm", file.getFileName(), workflow.id());
                return null;
            }
            triggers.arm(workflow);
            LOG.info("Armed {} trigger(s) of workflow '{}' from {}", workflow.triggers().size(), workflow.id(), file.getFileName());
            return workflow.id();
        } catch (Exception e) {
            disarm(before);
            LOG.warn("Workflow file {} not armed: {}", file.getFileName(), e.getMessage());
            return null;
        }
    }

    private void disarm(Seen seen) {
        if (seen != null && seen.workflowId() != null) {
            triggers.disarm(seen.workflowId());
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
