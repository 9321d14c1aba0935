/** Generic table node types: sort, filter, top N, select and rename columns, desirability score and rank. */
@Version("1.0.0")
package org.retort.node.table;

import org.osgi.annotation.versioning.Version;
