/** An example Retort node plugin: the worked example of the plugin guide. */
@Version("1.0.0")
package org.retort.example.plugin;

import org.osgi.annotation.versioning.Version;
