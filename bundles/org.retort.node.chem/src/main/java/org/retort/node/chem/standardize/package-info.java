/** Validation and standardization of molecules (salts, charges, canonical SMILES, InChI) and duplicates by InChIKey. */
@Version("1.0.0")
package org.retort.node.chem.standardize;

import org.osgi.annotation.versioning.Version;
