package org.retort.store.internal;

import java.util.List;

/**
 * The JPA entities ({@code *Entity} in this package), one per table of the migrations ({@code V1__initial.sql}, {@code V2__model_registry.sql}). They hold plain
 * columns only (foreign keys as id strings, no JPA relationships) so nothing is lazy and a record can be built from
 * an entity anywhere. They never leave this package; the exported API speaks in records.
 */
final class Entities {

    private Entities() {
    }

    /** Every managed class, for the persistence unit. */
    static final List<Class<?>> CLASSES = List.of(InstantMillis.class, UserEntity.class, TokenEntity.class,
            ApiKeyEntity.class, WorkspaceEntity.class, MemberEntity.class, WorkflowEntity.class,
            WorkflowVersionEntity.class, RunEntity.class, ArtifactEntity.class, DatasetEntity.class,
            DatasetVersionEntity.class, AuditEntity.class, ModelEntity.class, ModelVersionEntity.class,
            ModelPromotionEntity.class);
}
