package org.retort.store.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the store needs to open: the database and where artifacts go.
 *
 * @param password  may be {@code null} (embedded Derby needs none)
 * @param poolSize   the most connections kept open
 * @param backupsDir where backups go
 */
record StoreSettings(String url, String user, String password, int poolSize, Path artifactsDir, Path backupsDir) {

    /** Settings with the backups next to the artifact folder ({@code backups/} beside it). */
    StoreSettings(String url, String user, String password, int poolSize, Path artifactsDir) {
        this(url, user, password, poolSize, artifactsDir, artifactsDir.toAbsolutePath().resolveSibling("backups"));
    }

    StoreSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(artifactsDir, "artifactsDir");
        Objects.requireNonNull(backupsDir, "backupsDir");
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
