package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.engine.testnodes.NumbersSource;

/** One bound over stored outputs and outputs being captured, least recently used dropped first. */
class ResultCacheTest {

    private final ResultCache cache = new ResultCache(100);

    private static Map<String, List<Table>> output() {
        return Map.of("out", List.of(Table.empty(NumbersSource.SCHEMA)));
    }

    private void store(String key, long rows) {
        assertThat(cache.reserve(rows)).isTrue();
        cache.put(key, output(), rows);
    }

    @Test
    void capturingMakesRoomByDroppingTheLeastRecentlyUsedOutputs() {
        store("a", 40);
        store("b", 40);
        assertThat(cache.get("a")).isPresent();

        assertThat(cache.reserve(40)).isTrue();

        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).isPresent();
        assertThat(cache.rows()).isEqualTo(80);
    }

    @Test
    void capturesThatWouldTogetherPassTheBoundAreRefused() {
        assertThat(cache.reserve(60)).isTrue();
        assertThat(cache.reserve(60)).isFalse();
        assertThat(cache.rows()).isEqualTo(60);

        cache.release(60);

        assertThat(cache.rows()).isZero();
        assertThat(cache.reserve(100)).isTrue();
    }

    @Test
    void anOutputWithoutAKeyIsNotCaptured() {
        Capture capture = Capture.of(cache, null);
        capture.add("out", rows(60));

        assertThat(cache.rows()).isZero();
        capture.store();
        assertThat(cache.entries()).isZero();
    }

    @Test
    void aCompleteCaptureBecomesAnEntryInItsOwnRoom() {
        Capture capture = Capture.of(cache, "k");
        capture.add("out", rows(30));
        capture.add("out", rows(30));
        assertThat(cache.rows()).isEqualTo(60);

        capture.store();

        assertThat(cache.get("k").orElseThrow().get("out")).hasSize(2);
        assertThat(cache.rows()).isEqualTo(60);
    }

    @Test
    void aCaptureThatOutgrowsTheBoundLetsGoOfEverything() {
        Capture capture = Capture.of(cache, "k");
        capture.add("out", rows(60));
        capture.add("out", rows(60));

        assertThat(cache.rows()).isZero();
        capture.add("out", rows(1));
        capture.store();
        assertThat(cache.get("k")).isEmpty();
        assertThat(cache.rows()).isZero();
    }

    private static Table rows(int count) {
        return new Table(NumbersSource.SCHEMA, LongStream.rangeClosed(1, count).mapToObj(n -> Row.of(n, n, "row")).toList());
    }
}
