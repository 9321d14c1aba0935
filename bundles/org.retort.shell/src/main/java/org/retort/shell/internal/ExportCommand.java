package org.retort.shell.internal;

import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.retort.engine.NodeCatalog;
import org.retort.engine.WorkflowEngine;

@Service
@Command(scope = "retort", name = "export", description = "Prints the Camel routes a workflow compiles to, as YAML, without running it.")
public class ExportCommand implements Action {

    @Reference
    NodeCatalog catalog;

    @Reference
    WorkflowEngine engine;

    @Argument(index = 0, name = "workflow", description = "The workflow JSON file.", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        System.out.print(new Operations(catalog, engine).camelYaml(Path.of(file)));
        return null;
    }
}
