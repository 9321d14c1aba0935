package org.retort.store;

import java.time.Instant;

/** A workspace: the unit that isolates a team's workflows, data and runs. Names are unique. */
public record Workspace(String id, String name, String createdBy, Instant createdAt) {
}
