package org.retort.node.chem.interference;

/**
 * One published PAINS alert.
 *
 * @param index  its 0-based position in {@code wehi_pains.csv} (the index the RDKit test set uses)
 * @param name   the alert's name, e.g. {@code ene_rhod_A}
 * @param hits   how many compounds of Baell and Holloway's library it hit; defines the family
 * @param smarts the SMARTS, written with explicit hydrogens ({@code [#1]})
 */
record PainsAlert(int index, String name, int hits, String smarts) {

    /** The family: A for alerts hitting at least 150 compounds, B for 15 to 149, C for fewer than 15. */
    PainsFamily family() {
        return PainsFamily.ofHits(hits);
    }
}
