package org.retort.store;

import java.time.Instant;

/**
 * One promotion of a model version, kept for the history and for {@link Models#rollback rollbacks}.
 *
 * @param previousVersion the version active before; 0 if none
 * @param rolledBackBy    who rolled this promotion back, or {@code null}
 * @param rolledBackAt    when it was rolled back, or {@code null} while it stands
 */
public record ModelPromotion(String modelId, int version, int previousVersion, String promotedBy,
                             Instant promotedAt, String rolledBackBy, Instant rolledBackAt) {

    public boolean rolledBack() {
        return rolledBackAt != null;
    }
}
