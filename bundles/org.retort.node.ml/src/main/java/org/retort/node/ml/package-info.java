/**
 * Machine learning node types on Tribuo: train, evaluate (split or cross-validation), search hyperparameters, predict
 * (from a model port or the model registry, with a prediction cache and an applicability domain) and register.
 */
@Version("1.0.0")
package org.retort.node.ml;

import org.osgi.annotation.versioning.Version;
