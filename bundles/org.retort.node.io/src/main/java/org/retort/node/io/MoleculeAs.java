package org.retort.node.io;

/** How an exporter writes a molecule cell as text. */
public enum MoleculeAs {
    /** SMILES: SMILES cells as they are, molfile cells converted to canonical isomeric SMILES with CDK. */
    SMILES,
    /** The cell's text as it is: a SMILES, or a whole molblock. */
    TEXT
}
