package org.retort.store.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the store needs to open: the database and where artifacts go.
 *
 * @param password  may be {@code null} (embedded Derby needs none)
 * @param poolSize  the most connections kept open
 */
record StoreSettings(String url, String user, String password, int poolSize, Path artifactsDir) {
    StoreSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(artifactsDir, "artifactsDir");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        user = blankToNull(user);
        password = blankToNull(password);
    }

    boolean derby() {
        return url.startsWith("jdbc:derby:");
    }

    boolean postgresql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without the password, for logs. */
    String safeUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
