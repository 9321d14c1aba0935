package org.retort.shell.internal;

import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.api.action.Completion;
import org.retort.engine.NodeCatalog;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.ValidationProblem;

@Service
@Command(scope = "retort", name = "validate", description = "Checks a workflow file and lists every problem with where it is.")
public class ValidateCommand implements Action {

    @Reference
    NodeCatalog catalog;

    @Reference
    WorkflowEngine engine;

    @Argument(index = 0, name = "workflow", description = "The workflow JSON file.", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() {
        List<ValidationProblem> problems = new Operations(catalog, engine).validate(Path.of(file));
        if (problems.isEmpty()) {
            System.out.println(file + ": valid");
            return null;
        }
        throw new IllegalArgumentException(file + " has " + problems.size() + " problem(s):\n" + Operations.describe(problems));
    }
}
