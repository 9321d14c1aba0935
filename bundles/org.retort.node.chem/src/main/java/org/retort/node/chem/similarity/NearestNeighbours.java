package org.retort.node.chem.similarity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** Reference fingerprints and the search for the most similar one; not thread-safe (no state changes after building). */
final class NearestNeighbours {

    /** The most similar reference: its Tanimoto coefficient and id (the first one on ties). */
    record Nearest(double similarity, String id) {
    }

    private final List<BitSet> fingerprints = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    void add(BitSet fingerprint, String id) {
        fingerprints.add(fingerprint);
        ids.add(id);
    }

    int size() {
        return fingerprints.size();
    }

    /** The nearest reference, or similarity 0 and no id when there are no references. */
    Nearest nearest(BitSet fingerprint) {
        double best = -1;
        String id = null;
        for (int i = 0; i < fingerprints.size(); i++) {
            double similarity = Fingerprinter.tanimoto(fingerprint, fingerprints.get(i));
            if (similarity > best) {
                best = similarity;
                id = ids.get(i);
            }
        }
        return id == null ? new Nearest(0, null) : new Nearest(best, id);
    }

    /** A scored item. */
    record Scored<T>(T item, double similarity, int order) {
    }

    /**
     * The items at or above {@code threshold}, most similar first (ties in input order), at most
     * {@code topK} of them (all when {@code topK} is 0).
     */
    static <T> List<Scored<T>> select(List<Scored<T>> scored, double threshold, int topK) {
        var kept = scored.stream().filter(s -> s.similarity() >= threshold)
                .sorted(Comparator.comparingDouble((Scored<T> s) -> -s.similarity()).thenComparingInt(Scored::order));
        return (topK > 0 ? kept.limit(topK) : kept).toList();
    }
}
