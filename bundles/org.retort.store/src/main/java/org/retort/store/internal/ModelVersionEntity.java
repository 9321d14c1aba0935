package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code model_versions}; see {@link Entities}. */
@Entity
@Table(name = "model_versions")
public class ModelVersionEntity {
    @Id String id;
    @Column(name = "model_id") String modelId;
    @Column(name = "version_no") int version;
    @Column(name = "artifact_sha256") String artifactSha256;
    String task;
    String algorithm;
    String target;
    String features;
    String metrics;
    @Column(name = "training_rows") long trainingRows;
    @Column(name = "training_hash") String trainingHash;
    String provenance;
    @Column(name = "created_by") String createdBy;
    @Column(name = "created_at") Instant createdAt;
}
