package org.retort.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.retort.engine.NodeCatalog;
import org.retort.engine.WorkflowEngine;

@Service
@Command(scope = "retort", name = "nodes", description = "Lists the node types installed, and any refused with the reason.")
public class NodesCommand implements Action {

    @Reference
    NodeCatalog catalog;

    @Reference
    WorkflowEngine engine;

    @Override
    public Object execute() {
        System.out.print(new Operations(catalog, engine).nodes());
        return null;
    }
}
