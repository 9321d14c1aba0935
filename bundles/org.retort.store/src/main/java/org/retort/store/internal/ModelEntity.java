package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code models}; see {@link Entities}. */
@Entity
@Table(name = "models")
public class ModelEntity {
    @Id String id;
    @Column(name = "workspace_id") String workspaceId;
    String name;
    @Column(name = "name_key") String nameKey;
    @Column(name = "created_by") String createdBy;
    @Column(name = "created_at") Instant createdAt;
    @Column(name = "latest_version") int latestVersion;
    @Column(name = "active_version") Integer activeVersion;
}
