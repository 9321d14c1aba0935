/**
 * Retort's file import and export node types: SMILES, CSV/TSV and SDF in; CSV, SDF and JSON Lines out.
 * The node classes are thin; the parsing and formatting live in package-private helpers of this package.
 */
@Version("1.0.0")
package org.retort.node.io;

import org.osgi.annotation.versioning.Version;
