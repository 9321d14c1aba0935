/** Assay interference alerts: the published PAINS substructure filters. */
@Version("1.0.0")
package org.retort.node.chem.interference;

import org.osgi.annotation.versioning.Version;
