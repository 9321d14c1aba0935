package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code runs}; see {@link Entities}. */
@Entity
@Table(name = "runs")
public class RunEntity {
    @Id String id;
    @Column(name = "workspace_id") String workspaceId;
    @Column(name = "workflow_id") String workflowId;
    @Column(name = "workflow_version") int workflowVersion;
    @Column(name = "submitted_by") String submittedBy;
    @Column(name = "engine_run_id") String engineRunId;
    String status;
    @Column(name = "failure_message") String failureMessage;
    String inputs;
    @Column(name = "node_versions") String nodeVersions;
    String counters;
    @Column(name = "retry_of") String retryOf;
    @Column(name = "up_to") String upTo;
    @Column(name = "created_at") Instant createdAt;
    @Column(name = "started_at") Instant startedAt;
    @Column(name = "ended_at") Instant endedAt;
}
