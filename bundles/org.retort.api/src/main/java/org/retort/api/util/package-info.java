/** Small utilities for plugin authors that embed or call third-party libraries. */
@Version("0.1.0")
package org.retort.api.util;

import org.osgi.annotation.versioning.Version;
