package org.retort.shell.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.retort.engine.NodeCatalog;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.WorkflowEngine;

@Service
@Command(scope = "retort", name = "run", description = "Runs a workflow file, shows its progress and a summary; fails when the run fails.")
public class RunCommand implements Action {

    @Reference
    NodeCatalog catalog;

    @Reference
    WorkflowEngine engine;

    @Argument(index = 0, name = "workflow", description = "The workflow JSON file.", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--input", aliases = "-i", description = "node=path: the file a source node reads.", multiValued = true)
    List<String> inputs;

    @Option(name = "--output", aliases = "-o", description = "Directory for the files the sink nodes write.")
    String output;

    @Option(name = "--timeout", description = "Seconds before the run is cancelled.")
    long timeoutSeconds = 3600;

    @Override
    public Object execute() throws Exception {
        Path base = Path.of(System.getProperty("user.dir"));
        RunRequest request = new RunRequest(RunRequest.parseInputs(inputs, base), base.resolve(output == null ? "." : output));
        Run run = new Operations(catalog, engine).run(Path.of(file), request, RunOptions.defaults(), System.out,
                Duration.ofSeconds(timeoutSeconds));
        if (run.state() != RunState.SUCCEEDED) {
            throw new IllegalStateException("Run " + run.id() + " " + run.state() + (run.failure().isEmpty() ? "" : ": " + run.failure()));
        }
        return null;
    }
}
