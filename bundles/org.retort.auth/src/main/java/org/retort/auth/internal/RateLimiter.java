package org.retort.auth.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets (Bucket4j) per key — a user, an IP address — each refilled greedily at
 * {@code perMinute} tokens a minute up to a burst of the same. Buckets of keys not seen for a while
 * are forgotten, so the map stays as large as the number of recent callers.
 */
final class RateLimiter {

    private static final int FORGET_ABOVE = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one token for {@code key}: empty when granted, else the seconds to wait before the next one. */
    OptionalLong take(String key) {
        if (perMinute <= 0) {
            return OptionalLong.empty();
        }
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
