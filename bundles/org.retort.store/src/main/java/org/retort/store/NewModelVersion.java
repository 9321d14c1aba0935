package org.retort.store;

/**
 * What a trained model's new registry version records. The JSON values are stored as given (Tribuo's provenance
 * unchanged).
 *
 * @param artifactSha256 the serialized model, already in {@link Artifacts}
 * @param task           e.g. {@code regression}, {@code classification}
 * @param algorithm      e.g. {@code xgboost}; may be {@code null}
 * @param target         the target column; may be {@code null}
 * @param featuresJson   the feature columns as a JSON array, or {@code null}
 * @param metricsJson    the metrics as a JSON object, or {@code null}
 * @param trainingRows   how many rows trained it; -1 if unknown
 * @param trainingHash   the content hash of the training set, or {@code null}
 * @param provenanceJson the trainer's provenance as JSON, or {@code null}
 */
public record NewModelVersion(String artifactSha256, String task, String algorithm, String target,
                              String featuresJson, String metricsJson, long trainingRows, String trainingHash,
                              String provenanceJson) {
}
