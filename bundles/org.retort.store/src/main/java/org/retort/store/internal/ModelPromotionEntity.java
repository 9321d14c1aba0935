package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code model_promotions}; see {@link Entities}. */
@Entity
@Table(name = "model_promotions")
public class ModelPromotionEntity {
    @Id String id;
    @Column(name = "model_id") String modelId;
    int seq;
    @Column(name = "version_no") int version;
    @Column(name = "previous_version") Integer previousVersion;
    @Column(name = "promoted_by") String promotedBy;
    @Column(name = "promoted_at") Instant promotedAt;
    @Column(name = "rolled_back_by") String rolledBackBy;
    @Column(name = "rolled_back_at") Instant rolledBackAt;
}
