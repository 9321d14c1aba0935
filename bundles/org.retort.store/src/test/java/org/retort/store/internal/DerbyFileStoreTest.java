package org.retort.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.store.Role;
import org.retort.store.User;
import org.retort.store.Workflow;

/** A store on a Derby database in files keeps its data across a restart, and migrates only once. */
class DerbyFileStoreTest {

    @TempDir
    Path tmp;

    @Test
    void reopensWithItsDataAndWithoutMigratingAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-02-01T00:00:00Z"));
        StoreSettings settings = new StoreSettings("jdbc:derby:" + tmp.resolve("db") + ";create=true", null, null,
                2, tmp.resolve("artifacts"));
        User user;
        Workflow wf;
        try (Store store = Store.open(settings, clock)) {
            assertThat(store.migrationsApplied()).isEqualTo(3);
            user = store.users().create("carol", "carol@example.org", "h", Set.of(Role.ADMIN), true);
            wf = store.workflows().create(store.workspaces().create("lab", user.id()).id(), "wf", user.id());
            store.workflows().addVersion(wf.id(), "{\"a\":1}", user.id(), null);
        }
        try (Store store = Store.open(settings, clock)) {
            assertThat(store.migrationsApplied()).isZero();
            assertThat(store.users().findByUsername("CAROL")).contains(user);
            assertThat(store.workflows().latestVersion(wf.id()).orElseThrow().version()).isEqualTo(1);
        }
    }
}
