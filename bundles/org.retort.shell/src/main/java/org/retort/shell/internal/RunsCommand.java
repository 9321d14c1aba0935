package org.retort.shell.internal;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.retort.engine.Run;
import org.retort.engine.WorkflowEngine;

@Service
@Command(scope = "retort", name = "runs", description = "Lists the runs of this Retort since it started.")
public class RunsCommand implements Action {

    @Reference
    WorkflowEngine engine;

    @Override
    public Object execute() {
        System.out.printf(Locale.ROOT, "%-38s %-24s %-10s %s%n", "run", "workflow", "state", "failure");
        for (Run run : engine.runs()) {
            System.out.printf(Locale.ROOT, "%-38s %-24s %-10s %s%n", run.id(), run.workflow().id(), run.state(), run.failure());
        }
        return null;
    }
}
