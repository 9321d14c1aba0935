package org.retort.store.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contract on PostgreSQL: runs when {@code RETORT_TEST_PG_URL} names a database (e.g.
 * {@code jdbc:postgresql://localhost:5432/retort_test}), with {@code RETORT_TEST_PG_USER} and
 * {@code RETORT_TEST_PG_PASSWORD}. The tests use fresh names, so the database may be reused between runs.
 */
@EnabledIfEnvironmentVariable(named = "RETORT_TEST_PG_URL", matches = ".+")
class PostgresStoreTest extends StoreContractTest {

    @Override
    StoreSettings settings(Path artifacts) {
        return new StoreSettings(System.getenv("RETORT_TEST_PG_URL"), System.getenv("RETORT_TEST_PG_USER"),
                System.getenv("RETORT_TEST_PG_PASSWORD"), 8, artifacts);
    }
}
