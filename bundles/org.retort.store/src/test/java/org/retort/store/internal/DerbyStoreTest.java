package org.retort.store.internal;

import java.nio.file.Path;
import java.util.UUID;

/** The store contract on embedded Derby, in memory. */
class DerbyStoreTest extends StoreContractTest {

    @Override
    StoreSettings settings(Path artifacts) {
        return new StoreSettings("jdbc:derby:memory:retort-" + UUID.randomUUID() + ";create=true", null, null, 8,
                artifacts);
    }
}
