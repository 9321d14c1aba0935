package org.retort.node.chem.efficiency;

/** What NSEI divides by. */
public enum Npol {
    /** The published definition (Abad-Zapatero et al. 2010): the number of N and O atoms. Column {@code nsei}. */
    N_PLUS_O,
    /**
     * A variant used by some prototypes: Lipinski HBD + HBA, with HBD = hydrogens on N and O and HBA = the
     * number of N and O atoms (Lipinski et al. 1997). Column {@code nsei_hbd_hba}.
     */
    HBD_PLUS_HBA
}
