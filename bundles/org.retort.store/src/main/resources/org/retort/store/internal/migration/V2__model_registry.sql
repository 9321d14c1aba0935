-- The model registry. Portable SQL for Apache Derby and PostgreSQL, with the conventions of V1__initial.sql
-- (BIGINT epoch milliseconds, 36-character ids, a lower-case name_key carrying the unique name).
-- A model is a name in a workspace; its versions are immutable and point at the serialized model (an artifact).
-- active_version is NULL until a version is promoted. Every promotion is kept in model_promotions (seq 1, 2, … per
-- model); a rollback marks the newest promotion not yet rolled back (rolled_back_at/_by) and makes its
-- previous_version active again.

CREATE TABLE models (
    id             VARCHAR(36)  NOT NULL,
    workspace_id   VARCHAR(36)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    name_key       VARCHAR(200) NOT NULL,
    created_by     VARCHAR(100),
    created_at     BIGINT       NOT NULL,
    latest_version INTEGER      NOT NULL,
    active_version INTEGER,
    CONSTRAINT pk_models PRIMARY KEY (id),
    CONSTRAINT uq_models_name UNIQUE (workspace_id, name_key),
    CONSTRAINT fk_models_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id)
);

CREATE TABLE model_versions (
    id              VARCHAR(36)   NOT NULL,
    model_id        VARCHAR(36)   NOT NULL,
    version_no      INTEGER       NOT NULL,
    artifact_sha256 CHAR(64)      NOT NULL,
    task            VARCHAR(40)   NOT NULL,
    algorithm       VARCHAR(200),
    target          VARCHAR(500),
    features        ${long_text},
    metrics         ${long_text},
    training_rows   BIGINT        NOT NULL,
    training_hash   VARCHAR(128),
    provenance      ${long_text},
    created_by      VARCHAR(100),
    created_at      BIGINT        NOT NULL,
    CONSTRAINT pk_model_versions PRIMARY KEY (id),
    CONSTRAINT uq_model_versions UNIQUE (model_id, version_no),
    CONSTRAINT fk_mversions_model FOREIGN KEY (model_id) REFERENCES models (id),
    CONSTRAINT fk_mversions_artifact FOREIGN KEY (artifact_sha256) REFERENCES artifacts (sha256)
);

CREATE TABLE model_promotions (
    id               VARCHAR(36) NOT NULL,
    model_id         VARCHAR(36) NOT NULL,
    seq              INTEGER     NOT NULL,
    version_no       INTEGER     NOT NULL,
    previous_version INTEGER,
    promoted_by      VARCHAR(100),
    promoted_at      BIGINT      NOT NULL,
    rolled_back_by   VARCHAR(100),
    rolled_back_at   BIGINT,
    CONSTRAINT pk_model_promotions PRIMARY KEY (id),
    CONSTRAINT uq_model_promotions UNIQUE (model_id, seq),
    CONSTRAINT fk_mpromotions_model FOREIGN KEY (model_id) REFERENCES models (id)
);
