package org.retort.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void canonicalJsonSortsKeysAndDropsWhiteSpace() {
        assertThat(CanonicalJson.canonical("{ \"b\" : [ 2, 1 ], \"a\" : { \"d\": null, \"c\": 1.5 } }"))
                .isEqualTo("{\"a\":{\"c\":1.5,\"d\":null},\"b\":[2,1]}");
        assertThatThrownBy(() -> CanonicalJson.canonical("{} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.canonical(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreVersion7UuidsInTimeOrder() {
        Clock early = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock late = Clock.fixed(Instant.parse("2026-01-01T00:00:01Z"), ZoneOffset.UTC);
        UUID id = UUID.fromString(Ids.next(early));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Ids.next(early)).isLessThan(Ids.next(late)).isNotEqualTo(Ids.next(early));
    }

    @Test
    void theDefaultDatabaseIsDerbyUnderKarafData() {
        StoreSettings s = StoreComponent.settings(config(""), "/opt/retort/data");
        assertThat(s.url()).isEqualTo("jdbc:derby:/opt/retort/data/retort/db;create=true");
        assertThat(s.artifactsDir()).isEqualTo(Path.of("/opt/retort/data/retort/artifacts"));
        assertThat(s.backupsDir()).isEqualTo(Path.of("/opt/retort/data/retort/backups"));
        assertThat(StoreComponent.settings(config(""), null).url())
                .isEqualTo("jdbc:derby:data/retort/db;create=true");
        StoreSettings pg = StoreComponent.settings(config("jdbc:postgresql://db/retort?password=x"), null);
        assertThat(pg.postgresql()).isTrue();
        assertThat(pg.safeUrl()).doesNotContain("=x");
    }

    private static StoreConfig config(String url) {
        return new StoreConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StoreConfig.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String user() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public int poolSize() {
                return 8;
            }

            @Override
            public String artifacts() {
                return "";
            }

            @Override
            public String backups() {
                return "";
            }
        };
    }
}
