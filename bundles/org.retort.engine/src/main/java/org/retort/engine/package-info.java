/**
 * Retort's engine as other bundles see it: the {@link org.retort.engine.NodeCatalog} of installed node
 * types and their {@link org.retort.engine.NodeDescriptor descriptors}, the
 * {@link org.retort.engine.WorkflowValidator}, and the {@link org.retort.engine.WorkflowEngine} that
 * runs workflows and reports {@link org.retort.engine.RunEvent progress}, and the
 * {@link org.retort.engine.FileBindings} that bind files to a workflow's sources and sinks before a run.
 */
@Version("0.4.0")
package org.retort.engine;

import org.osgi.annotation.versioning.Version;
