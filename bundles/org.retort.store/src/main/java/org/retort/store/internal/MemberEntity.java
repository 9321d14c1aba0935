package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code workspace_members}; see {@link Entities}. */
@Entity
@Table(name = "workspace_members")
public class MemberEntity {
    @Id String id;
    @Column(name = "workspace_id") String workspaceId;
    @Column(name = "user_id") String userId;
    @Column(name = "member_role") String role;
    @Column(name = "added_at") Instant addedAt;
}
