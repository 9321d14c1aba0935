/** Ligand-efficiency indices (LE, BEI, SEI, NSEI, nBEI, LLE) from activity values. */
@Version("1.0.0")
package org.retort.node.chem.efficiency;

import org.osgi.annotation.versioning.Version;
