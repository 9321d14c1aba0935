package org.retort.node.chem.interference;

/**
 * The three PAINS families of Baell and Holloway (J. Med. Chem. 2010, 53, 2719), by the number of
 * compounds of their screening library an alert hit: A at least 150 (16 alerts), B 15 to 149 (55),
 * C fewer than 15 (409). The counts are part of each alert's registered id, e.g. {@code ene_rhod_A(235)}.
 */
enum PainsFamily {
    A, B, C;

    static PainsFamily ofHits(int hits) {
        if (hits >= 150) {
            return A;
        }
        return hits >= 15 ? B : C;
    }
}
