package org.retort.engine.internal.trigger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.FileComponent;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.Run;
import org.retort.engine.RunState;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.Trigger;
import org.retort.engine.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one folder with Camel's file component: a file matching the glob is taken once it has been
 * left unchanged for the minimum age ({@code readLock=changed}), starts one run with the file bound to
 * the trigger's input, and this route waits for the run's end to archive or quarantine it. Files are
 * taken oldest first, one at a time: the folder itself is the queue. An empty file is taken like any
 * other ({@code readLockMinLength=0}): Camel's default would hold the poll on it until the read lock
 * times out, at every poll, delaying every file behind it.
 *
 * <p>Camel is told not to move files ({@code noop=true}) because the destination depends on how the run
 * ended and a quarantined file needs its report beside it. Camel's idempotent repository, stored in a
 * file and keyed by name, size and modification time, records each file once its exchange completes —
 * not when it is taken ({@code idempotentEager=false}) — so a crash mid-run leaves the file to be
 * taken again, while a file that was processed is never processed again, even if it is dropped anew.
 * A run cancelled by disarming fails the exchange instead: Camel then forgets the file and it stays.
 */
final class FileDropRoute extends TriggerRoute {

    private static final Logger LOG = LoggerFactory.getLogger(FileDropRoute.class);
    private static final String KEY = "${file:name}|${file:size}|${header.CamelFileLastModified}";
    private static final int REMEMBERED_IN_MEMORY = 1000;
    private static final long STORE_BYTES = 32L * 1024 * 1024;

    private final Trigger.FileDrop drop;
    private final Path folder;
    private final FileInput input;
    private final GlobFilter filter;
    private final FileIdempotentRepository processed;
    private final TriggerSettings settings;

    FileDropRoute(String routeId, Trigger.FileDrop drop, Path store, Supplier<Workflow> workflow, WorkflowEngine engine,
            TriggerSettings settings) {
        super(routeId, workflow, engine, settings.runOptions());
        this.drop = drop;
        this.folder = settings.watchFolder(drop.folder());
        this.input = FileInput.of(workflow.get(), drop.input());
        this.filter = new GlobFilter(drop.pattern());
        this.processed = (FileIdempotentRepository) FileIdempotentRepository.fileIdempotentRepository(
                store.toFile(), REMEMBERED_IN_MEMORY, STORE_BYTES);
        this.settings = settings;
    }

    /** The watch folder, absolute. */
    Path folder() {
        return folder;
    }

    @Override
    public void configure() throws Exception {
        processed.start();
        FileEndpoint endpoint = getContext().getEndpoint("file:" + folder + "?noop=true&idempotent=true"
                + "&idempotentEager=false&readLock=changed&readLockMarkerFile=false&readLockMinLength=0"
                + "&readLockCheckInterval=" + settings.readLockCheck().toMillis()
                + "&readLockMinAge=" + settings.readLockMinAge().toMillis()
                + "&readLockTimeout=" + settings.readLockTimeout().toMillis()
                + "&initialDelay=0&delay=" + settings.poll().toMillis()
                + "&sortBy=file:modified&autoCreate=true", FileEndpoint.class);
        endpoint.setFilter(filter);
        endpoint.setIdempotentRepository(processed);
        endpoint.setIdempotentKey(KEY);
        errorHandler(noErrorHandler());
        from(endpoint).routeId(routeId()).process(this::take);
    }

    private void take(Exchange exchange) throws Exception {
        Path file = Path.of(exchange.getProperty(FileComponent.FILE_EXCHANGE_FILE, GenericFile.class).getAbsoluteFilePath());
        String name = file.getFileName().toString();
        Optional<Run> started;
        try {
            started = start(workflow -> input.bind(workflow, file));
        } catch (InvalidWorkflowException e) {
            quarantine(file, FailureReport.notStarted(workflow().id(), name, UUID.randomUUID().toString(),
                    "the workflow is not valid: " + e.getMessage()));
            return;
        }
        Run run = started.orElseThrow(() -> new LeftForLater(name));
        LOG.info("Workflow {}: {} started run {}", workflow().id(), file, run.id());
        awaitEnd(run);
        if (run.state() == RunState.SUCCEEDED) {
            archive(file, run);
        } else if (run.state() == RunState.CANCELLED && !armed()) {
            throw new LeftForLater(name);
        } else {
            quarantine(file, FailureReport.of(run, name));
        }
    }

    private static void awaitEnd(Run run) throws InterruptedException {
        try {
            while (!run.await(Duration.ofSeconds(1))) {
                // a run may take hours; the route is stopped only after disarm() cancelled it
            }
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        }
    }

    private void archive(Path file, Run run) {
        try {
            LOG.info("Workflow {}: run {} succeeded, {} archived as {}", workflow().id(), run.id(), file.getFileName(),
                    DroppedFiles.archive(file, run.id()));
        } catch (IOException e) {
            LOG.error("Workflow {}: run {} succeeded but {} could not be archived ({}); it stays and is not taken again",
                    workflow().id(), run.id(), file, e.toString());
        }
    }

    private void quarantine(Path file, FailureReport report) {
        try {
            LOG.warn("Workflow {}: {} {} ({}), quarantined as {}", workflow().id(), file.getFileName(),
                    report.state().toLowerCase(), report.failure(), DroppedFiles.quarantine(file, report));
        } catch (IOException e) {
            LOG.error("Workflow {}: {} {} ({}) but could not be quarantined ({}); it stays and is not taken again",
                    workflow().id(), file, report.state().toLowerCase(), report.failure(), e.toString());
        }
    }

    @Override
    void close() {
        try {
            processed.stop();
        } catch (RuntimeException e) {
            LOG.warn("Closing the record of processed files {} failed: {}", processed.getFilePath(), e.toString());
        }
    }

    /** Fails the exchange so Camel forgets the file and leaves it where it is. */
    private static final class LeftForLater extends Exception {
        LeftForLater(String name) {
            super(name + " is left in the watch folder: the trigger was disarmed", null, false, false);
        }
    }
}
