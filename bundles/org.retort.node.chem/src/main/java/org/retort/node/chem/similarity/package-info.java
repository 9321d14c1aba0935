/** Fingerprints (ECFP4/6, MACCS, PubChem) and Tanimoto similarity search. */
@Version("1.0.0")
package org.retort.node.chem.similarity;

import org.osgi.annotation.versioning.Version;
