package org.retort.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of {@code etc/org.retort.store.cfg} (PID {@code org.retort.store}).
 *
 * <pre>
 * # Empty: embedded Derby in ${karaf.data}/retort/db (data/retort/db without karaf.data).
 * # A cluster shares one PostgreSQL database:
 * url = jdbc:postgresql://db.example.org:5432/retort
 * user = retort
 * password = secret
 * # Most connections kept open by the pool (HikariCP).
 * poolSize = 8
 * # Empty: ${karaf.data}/retort/artifacts. A cluster shares one folder (NFS, SMB…) between its nodes.
 * artifacts = /srv/retort/artifacts
 * # Empty: ${karaf.data}/retort/backups (backups of an embedded database, made over the API).
 * backups = /srv/retort/backups
 * </pre>
 *
 * The schema is created and upgraded by Flyway when the store starts; a database user that may create tables is
 * needed the first time and after upgrades.
 */
@ObjectClassDefinition(name = "Retort store", description = "Database and artifact storage")
public @interface StoreConfig {

    @AttributeDefinition(description = "JDBC URL: jdbc:derby:… or jdbc:postgresql://…; empty for embedded Derby "
            + "in ${karaf.data}/retort/db.", required = false)
    String url() default "";

    @AttributeDefinition(description = "Database user; empty for none.", required = false)
    String user() default "";

    @AttributeDefinition(description = "Database password.", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(description = "Most database connections kept open.", min = "1", max = "200")
    int poolSize() default 8;

    @AttributeDefinition(description = "Folder of the content-addressed artifact files; empty for "
            + "${karaf.data}/retort/artifacts.", required = false)
    String artifacts() default "";

    @AttributeDefinition(description = "Folder of the backups made over the API (embedded Derby only); empty for "
            + "${karaf.data}/retort/backups.", required = false)
    String backups() default "";
}
