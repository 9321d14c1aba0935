/**
 * The workflow document: {@link org.retort.engine.workflow.Workflow} and its parts, read and written
 * as JSON with a deterministic layout by {@link org.retort.engine.workflow.WorkflowJson}. The format is
 * documented in {@code docs/workflow-format.md}; its JSON Schema is the resource
 * {@code org/retort/engine/workflow/workflow.schema.json}.
 */
@Version("0.2.0")
package org.retort.engine.workflow;

import org.osgi.annotation.versioning.Version;
