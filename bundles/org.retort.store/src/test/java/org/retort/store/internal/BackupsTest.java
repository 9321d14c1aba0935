package org.retort.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.store.Artifact;
import org.retort.store.Backup;
import org.retort.store.Role;
import org.retort.store.StoreConflictException;
import org.retort.store.User;

/** An online backup of an embedded store opens as a store with the same accounts and artifacts. */
class BackupsTest {

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:15:00Z"));

    private StoreSettings settings() {
        return new StoreSettings("jdbc:derby:" + tmp.resolve("data/db") + ";create=true", null, null, 2,
                tmp.resolve("data/artifacts"), tmp.resolve("data/backups"));
    }

    @Test
    void aBackupRestoresToTheSameAccountsAndArtifacts() throws Exception {
        User user;
        Artifact artifact;
        Backup backup;
        try (Store store = Store.open(settings(), clock)) {
            user = store.users().create("dana", "dana@example.org", "hash", Set.of(Role.SCIENTIST), true);
            artifact = store.artifacts().put(new ByteArrayInputStream("CCO ethanol\nc1ccccc1 benzene\n".getBytes(StandardCharsets.UTF_8)),
                    "chemical/x-daylight-smiles", "two.smi");
            backup = store.backups().create();
            // written after the backup: not in it
            store.users().create("erin", "erin@example.org", "hash", Set.of(Role.VIEWER), true);
            assertThat(store.backups().list()).containsExactly(backup);
        }
        assertThat(backup.name()).isEqualTo("20261122-051500");
        assertThat(backup.artifacts()).isEqualTo(1);
        assertThat(backup.bytes()).isPositive();
        Path folder = Path.of(backup.location());
        assertThat(folder.resolve(DerbyBackups.MANIFEST)).exists();

        // restore as the operations guide says: the database folder and the artifact folder put back in place
        Path restored = tmp.resolve("restored");
        copy(folder.resolve("database/db"), restored.resolve("db"));
        copy(folder.resolve("artifacts"), restored.resolve("artifacts"));
        try (Store store = Store.open(new StoreSettings("jdbc:derby:" + restored.resolve("db"), null, null, 2,
                restored.resolve("artifacts")), clock)) {
            assertThat(store.users().findByUsername("dana")).contains(user);
            assertThat(store.users().findByUsername("erin")).isEmpty();
            try (var in = store.artifacts().open(artifact.sha256())) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("CCO ethanol");
            }
        }
    }

    @Test
    void backupsInTheSameSecondGetTheirOwnNamesAndAreListedNewestFirst() {
        try (Store store = Store.open(settings(), clock)) {
            Backup first = store.backups().create();
            Backup second = store.backups().create();
            clock.advance(java.time.Duration.ofMinutes(1));
            Backup third = store.backups().create();
            assertThat(second.name()).isEqualTo(first.name() + "-2");
            assertThat(store.backups().list()).containsExactly(third, second, first);
        }
    }

    @Test
    void aPostgresqlStoreIsBackedUpWithItsOwnToolsAndSaysSo() {
        StoreSettings postgres = new StoreSettings("jdbc:postgresql://db.example.org/retort", "retort", "secret", 2,
                tmp.resolve("artifacts"));
        var backups = new DerbyBackups(null, postgres, clock);
        assertThatThrownBy(backups::create).isInstanceOf(StoreConflictException.class)
                .hasMessageContaining("postgresql").hasMessageContaining("pg_dump").hasMessageNotContaining("secret");
        assertThat(backups.list()).isEmpty();
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
