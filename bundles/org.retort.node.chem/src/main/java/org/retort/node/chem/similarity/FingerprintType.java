package org.retort.node.chem.similarity;

/** The fingerprints offered, all as computed by CDK 2.12. */
public enum FingerprintType {
    /** Extended-connectivity fingerprint, diameter 4 (Rogers & Hahn 2010), folded to the chosen size. */
    ECFP4,
    /** Extended-connectivity fingerprint, diameter 6, folded to the chosen size. */
    ECFP6,
    /** The 166 public MACCS keys (Durant et al. 2002). */
    MACCS,
    /** The 881-bit PubChem substructure fingerprint (PubChem, ftp.ncbi.nlm.nih.gov/pubchem/specifications). */
    PUBCHEM;

    /** Whether the size is chosen (ECFP) rather than fixed by the definition. */
    boolean folded() {
        return this == ECFP4 || this == ECFP6;
    }
}
