package org.retort.engine.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code MAJOR.MINOR.PATCH} version, ordered numerically (so 1.10.0 comes after 1.9.0). */
record SemVer(int major, int minor, int patch) implements Comparable<SemVer> {

    private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");

    /** Parses {@code text}; fails with a message quoting it when it is not {@code MAJOR.MINOR.PATCH}. */
    static SemVer parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("version '" + text + "' is not MAJOR.MINOR.PATCH (e.g. 1.0.0)");
        }
        return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(SemVer o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
