package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code workspaces}; see {@link Entities}. */
@Entity
@Table(name = "workspaces")
public class WorkspaceEntity {
    @Id String id;
    String name;
    @Column(name = "name_key") String nameKey;
    @Column(name = "created_by") String createdBy;
    @Column(name = "created_at") Instant createdAt;
}
