/** Machine learning node types on Tribuo: train, evaluate (split or cross-validation) and predict. */
@Version("1.0.0")
package org.retort.node.ml;

import org.osgi.annotation.versioning.Version;
