package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code workflow_versions}; see {@link Entities}. */
@Entity
@Table(name = "workflow_versions")
public class WorkflowVersionEntity {
    @Id String id;
    @Column(name = "workflow_id") String workflowId;
    @Column(name = "version_no") int version;
    String document;
    String sha256;
    @Column(name = "created_by") String createdBy;
    @Column(name = "comment_text") String comment;
    @Column(name = "created_at") Instant createdAt;
}
