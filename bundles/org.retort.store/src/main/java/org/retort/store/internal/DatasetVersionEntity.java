package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code dataset_versions}; see {@link Entities}. */
@Entity
@Table(name = "dataset_versions")
public class DatasetVersionEntity {
    @Id String id;
    @Column(name = "dataset_id") String datasetId;
    @Column(name = "version_no") int version;
    @Column(name = "artifact_sha256") String artifactSha256;
    @Column(name = "row_count") long rowCount;
    String format;
    @Column(name = "created_by") String createdBy;
    String note;
    @Column(name = "created_at") Instant createdAt;
}
