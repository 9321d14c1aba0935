/** Molecular descriptors and drug-likeness rules on CDK. */
@Version("1.0.0")
package org.retort.node.chem.descriptors;

import org.osgi.annotation.versioning.Version;
