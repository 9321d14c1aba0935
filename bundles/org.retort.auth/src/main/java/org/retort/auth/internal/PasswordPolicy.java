package org.retort.auth.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (NIST SP 800-63B §5.1.1.2
 * asks for 8 at least; 12 is the project's floor), at most {@value #MAX_LENGTH}, not one of the
 * common passwords shipped with Retort (Openwall's list of 3,546, public domain, from Debian's
 * {@code john-data} 1.9.0 — see {@code common-passwords.txt}), not such a password with digits or
 * symbols added at its end, not one character repeated, and not containing the username or the
 * email's local part. No composition rules (NIST advises against them).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why {@code password} is not acceptable for {@code username} / {@code email}, or empty when it is. */
    static Optional<String> problem(String password, String username, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("the password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("the password must have at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() == 1) {
            return Optional.of("the password is one character repeated");
        }
        String word = lower.replaceAll("[^\\p{L}\\p{N}]+$", "");
        String stem = lower.replaceAll("[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || (word.length() >= 4 && COMMON.contains(word)) || (stem.length() >= 4 && COMMON.contains(stem))) {
            return Optional.of("the password is a commonly used one (or one with digits or symbols added); choose another");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("the password must not contain the username");
        }
        if (email != null && email.indexOf('@') >= 3 && lower.contains(email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT))) {
            return Optional.of("the password must not contain the email address");
        }
        return Optional.empty();
    }

    static int commonPasswords() {
        return COMMON.size();
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the bundle");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("#!comment:") && !line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
