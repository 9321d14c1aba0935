package org.retort.engine;

import java.util.Set;
import org.retort.engine.workflow.Workflow;

/**
 * Starts workflows without a person: each {@link org.retort.engine.workflow.Trigger trigger} of an
 * armed workflow watches its folder or its schedule and starts runs on the {@link WorkflowEngine}.
 * The workflow store arms what it loads and saves and disarms what it deletes; registered as an OSGi
 * service.
 */
public interface WorkflowTriggers {

    /**
     * Arms every trigger of {@code workflow}. Arming a workflow that is armed already replaces it: with
     * the same triggers only the workflow later runs use changes (a run in flight goes on); with other
     * triggers the old ones are disarmed first. A workflow without triggers ends up disarmed.
     *
     * @throws IllegalArgumentException when a trigger cannot be armed — an invalid cron expression, a
     *                                  file-drop input that is not {@code node.parameter} of the
     *                                  workflow, or a watch folder another armed workflow uses; then
     *                                  the workflow stays armed as it was, or not at all (a run its old
     *                                  triggers had going may have been cancelled, as by a disarm)
     */
    void arm(Workflow workflow);

    /**
     * Stops the triggers of workflow {@code workflowId} and cancels the runs they started that are
     * still going; a dropped file whose run is cancelled this way stays in the watch folder and is
     * taken when the workflow is armed again. Does nothing for a workflow that is not armed.
     */
    void disarm(String workflowId);

    /** The ids of the armed workflows. */
    Set<String> armed();
}
