package org.retort.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets (session CSRF tokens, mail tokens, API keys) and their stored form. A secret of 32
 * random bytes cannot be guessed, so unlike a password it needs no slow hash: SHA-256 of it is what
 * the store keeps, and a leaked database gives away no usable token or key.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "abcdefghijkmnopqrstuvwxyz23456789";

    private Secrets() {
    }

    /** {@code bytes} random bytes, base64url without padding. */
    static String token(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** {@code length} random lower-case letters and digits (no look-alikes), for key prefixes. */
    static String alphanumeric(int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }

    /** The stored form of a secret: SHA-256, hex. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares in time independent of where the texts differ. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
