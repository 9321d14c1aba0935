package org.retort.node.ml;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Predictions already made, by (model identity, input identity): the least recently used entry goes first once
 * {@code capacity} entries are held. Thread-safe: one cache serves every run of a Predict component.
 */
final class PredictionCache {

    /** What a prediction depends on: the model (SHA-256 of its serialization) and the row (its molecule, or its features). */
    record Key(String model, String input) {
    }

    private final int capacity;
    private final Map<Key, Learner.Predicted> entries;

    PredictionCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache holds 0 or more entries, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Learner.Predicted> eldest) {
                return size() > PredictionCache.this.capacity;
            }
        };
    }

    synchronized Learner.Predicted get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, Learner.Predicted predicted) {
        if (capacity > 0) {
            entries.put(key, predicted);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    /** The identity of a molecule: {@code "molecule:"} and its text (canonical SMILES after Standardize). */
    static String molecule(String text) {
        return "molecule:" + text;
    }

    /** The identity of a feature vector: SHA-256 of its values (hex). */
    static String features(double[] v) {
        ByteBuffer buffer = ByteBuffer.allocate(v.length * Double.BYTES);
        for (double d : v) {
            buffer.putDouble(d);
        }
        return "features:" + HexFormat.of().formatHex(sha256().digest(buffer.array()));
    }

    /**
     * The identity of a model: SHA-256 (hex) of its serialization (the {@code model} column) and of the class its
     * score refers to (the {@code positive_class} column).
     */
    static String model(String serialized, String positiveClass) {
        MessageDigest digest = sha256();
        digest.update(serialized.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(String.valueOf(positiveClass).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
