package org.retort.node.chem.efficiency;

/** How the size-normalised binding efficiency is computed. */
public enum Nbei {
    /** The published definition (Abad-Zapatero et al. 2010): pActivity + log10(heavy atoms). Column {@code nbei}. */
    PACT_PLUS_LOG_HA,
    /** A variant used by some prototypes: pActivity / heavy atoms (LE without 1.37). Column {@code nbei_per_ha}. */
    PACT_PER_HA
}
