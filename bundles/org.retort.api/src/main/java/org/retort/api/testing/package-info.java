/**
 * Help for testing node types outside a running Retort: a {@link org.retort.api.testing.RecordingContext}
 * to hand a node's {@code process} method, which records what the node reports.
 */
@Version("0.2.0")
package org.retort.api.testing;

import org.osgi.annotation.versioning.Version;
