/**
 * Retort's persistence as other bundles see it: one service per concern ({@link org.retort.store.Users},
 * {@link org.retort.store.Tokens}, {@link org.retort.store.ApiKeys}, {@link org.retort.store.Workspaces},
 * {@link org.retort.store.Workflows}, {@link org.retort.store.Runs}, {@link org.retort.store.Artifacts},
 * {@link org.retort.store.Datasets}, {@link org.retort.store.Models}, {@link org.retort.store.AuditLog}), values as
 * records.
 *
 * <p>Every method is one transaction. A missing id gives an empty {@code Optional} or a
 * {@link org.retort.store.StoreNotFoundException}; a duplicate gives a {@link org.retort.store.StoreConflictException};
 * anything else a {@link org.retort.store.StoreException}. All three are unchecked and their messages are safe to
 * show a user (no SQL). Ids are time-ordered UUID strings (version 7 layout); times are {@link java.time.Instant}s
 * with millisecond precision.
 */
@Version("0.2.0")
package org.retort.store;

import org.osgi.annotation.versioning.Version;
