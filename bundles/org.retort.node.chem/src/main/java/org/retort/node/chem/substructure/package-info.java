/** SMARTS substructure search with the matched atoms recorded, and 2D depiction as SVG. */
@Version("1.0.0")
package org.retort.node.chem.substructure;

import org.osgi.annotation.versioning.Version;
