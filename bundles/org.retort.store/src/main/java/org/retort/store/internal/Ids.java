package org.retort.store.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * New ids: UUIDs in the version 7 layout (RFC 9562) — 48 bits of milliseconds, then random bits — so ids sort
 * roughly by creation time and index inserts stay local, while they still read as ordinary UUIDs.
 */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static String next(Clock clock) {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
