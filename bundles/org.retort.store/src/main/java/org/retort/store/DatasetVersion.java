package org.retort.store;

import java.time.Instant;

/**
 * One immutable version of a dataset: an artifact plus what is known about it.
 *
 * @param rowCount -1 if unknown
 * @param format   e.g. {@code csv}, {@code sdf}
 * @param note     may be {@code null}
 */
public record DatasetVersion(String datasetId, int version, String artifactSha256, long rowCount, String format,
                             String createdBy, String note, Instant createdAt) {
}
