package org.retort.shell.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.NodeCatalog;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowFormatException;
import org.retort.engine.workflow.WorkflowJson;

/** What {@code retort:nodes}, {@code retort:validate} and {@code retort:run} do, shared by the shell and the headless runner. */
final class Operations {

    private final NodeCatalog catalog;
    private final WorkflowEngine engine;

    Operations(NodeCatalog catalog, WorkflowEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    /** The palette as a table: id, version, kind, category, title. */
    String nodes() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-36s %-8s %-9s %-16s %s%n", "id", "version", "kind", "category", "title"));
        for (NodeDescriptor d : catalog.nodeTypes()) {
            text.append(String.format(Locale.ROOT, "%-36s %-8s %-9s %-16s %s%n", d.id(), d.version(), d.kind(), d.category(), d.title()));
        }
        catalog.rejected().forEach((type, reason) -> text.append("refused ").append(type).append(": ").append(reason).append(System.lineSeparator()));
        return text.toString();
    }

    /** Every problem of the workflow file, with its location; empty when it can run. */
    List<ValidationProblem> validate(Path file) {
        try {
            return engine.validate(read(file));
        } catch (WorkflowFormatException e) {
            return e.problems();
        }
    }

    /** The Camel routes a run of the workflow file would use, as YAML, for IT to review (nothing runs). */
    String camelYaml(Path file) throws Exception {
        RunRequest located = new RunRequest(java.util.Map.of(), null, file.toAbsolutePath().getParent());
        Workflow workflow = located.apply(read(file), catalog);
        try {
            return engine.exportCamelYaml(workflow, RunOptions.defaults());
        } catch (InvalidWorkflowException e) {
            throw new IllegalArgumentException("The workflow cannot run:\n" + describe(e.problems()), e);
        }
    }

    /** Reads, binds, runs and waits; progress and the summary go to {@code out}. */
    Run run(Path file, RunRequest request, RunOptions options, PrintStream out, Duration timeout) throws Exception {
        RunRequest located = new RunRequest(request.inputs(), request.outputDirectory(),
                file.toAbsolutePath().getParent());
        Workflow workflow = located.apply(read(file), catalog);
        Run run;
        try {
            run = engine.start(workflow, options);
        } catch (InvalidWorkflowException e) {
            throw new IllegalArgumentException("The workflow cannot run:\n" + describe(e.problems()), e);
        }
        if (run.state() == RunState.WAITING) {
            // a person at the command line is better served by the reason now than by a run that
            // waits (the server keeps such runs waiting until the plugin is deployed)
            String reason = run.failure();
            run.cancel();
            throw new IllegalArgumentException("The workflow cannot run here: " + reason);
        }
        Progress progress = new Progress(run.id(), out);
        engine.addListener(progress);
        try {
            out.println("Run " + run.id() + " of '" + workflow.id() + "' started.");
            if (!run.await(timeout)) {
                run.cancel();
                run.await(Duration.ofSeconds(5));
                out.println("The run did not finish within " + timeout.toSeconds() + " s and was cancelled.");
            }
        } finally {
            engine.removeListener(progress);
        }
        out.print(Progress.summary(run));
        return run;
    }

    static String describe(List<ValidationProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (ValidationProblem p : problems) {
            text.append("  ").append(p.location()).append(": ").append(p.message()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static Workflow read(Path file) throws WorkflowFormatException {
        try {
            return WorkflowJson.read(file);
        } catch (NoSuchFileException e) {
            throw new WorkflowFormatException(List.of(new ValidationProblem(file.toString(), "no such file")));
        } catch (IOException e) {
            throw new WorkflowFormatException(List.of(new ValidationProblem(file.toString(), "cannot read: " + e.getMessage())));
        }
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}
