package org.retort.store;

import java.time.Instant;

/** One immutable version of a registered model; the fields are those of {@link NewModelVersion}. */
public record ModelVersion(String modelId, int version, String artifactSha256, String task, String algorithm,
                           String target, String featuresJson, String metricsJson, long trainingRows,
                           String trainingHash, String provenanceJson, String createdBy, Instant createdAt) {
}
