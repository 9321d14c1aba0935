package org.retort.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code artifacts}; see {@link Entities}. */
@Entity
@Table(name = "artifacts")
public class ArtifactEntity {
    @Id String sha256;
    @Column(name = "size_bytes") long size;
    @Column(name = "media_type") String mediaType;
    String name;
    @Column(name = "created_at") Instant createdAt;
}
