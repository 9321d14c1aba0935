package org.retort.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.MalformedURLException;
import java.net.URL;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.retort.api.util.ContextClassLoader;
import org.retort.store.StoreConflictException;
import org.retort.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: a HikariCP pool, the schema migrated by Flyway, one EclipseLink EntityManagerFactory, and
 * {@link #tx} — one transaction with a short-lived EntityManager, database errors turned into store exceptions.
 */
final class Database implements AutoCloseable {

    static final String MIGRATIONS = "classpath:org/retort/store/internal/migration";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Serialization failure, PostgreSQL deadlock, Derby deadlock and lock timeout: worth another try. */
    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "40XL1", "40XL2");
    private static final int ATTEMPTS = 5;
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private final StoreSettings settings;
    /**
     * Sees this bundle's entities first and EclipseLink's own classes (platforms, loggers, which it loads by name
     * through the class loader it is given) second: the TCCL and {@code eclipselink.classloader} for all JPA calls.
     */
    private final ClassLoader loader = JoinedClassLoader.of(Database.class.getClassLoader(),
            PersistenceProvider.class.getClassLoader());
    private final HikariDataSource dataSource;
    private final EntityManagerFactory emf;
    private final int migrationsApplied;

    Database(StoreSettings settings) {
        this.settings = settings;
        LOG.info("Opening the store database {}", settings.safeUrl());
        HikariDataSource pool = null;
        try {
            pool = pool(settings);
            HikariDataSource ds = pool;
            migrationsApplied = ContextClassLoader.call(loader, () -> migrate(ds));
            emf = ContextClassLoader.call(loader, () -> entityManagerFactory(ds));
            dataSource = pool;
        } catch (RuntimeException | SQLException e) {
            if (pool != null) {
                pool.close();
            }
            shutdownDerby();
            throw new StoreException("Could not open the database " + settings.safeUrl() + ": " + rootMessage(e), e);
        }
    }

    /** How many migrations this opening applied (0 when the schema was current). */
    int migrationsApplied() {
        return migrationsApplied;
    }

    DataSource dataSource() {
        return dataSource;
    }

    private static HikariDataSource pool(StoreSettings settings) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("retort-store");
        config.setDataSource(new DriverDataSource(settings.url(), settings.user(), settings.password()));
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setAutoCommit(false);
        config.setRegisterMbeans(false);
        config.setInitializationFailTimeout(10_000);
        return new HikariDataSource(config);
    }

    private int migrate(DataSource ds) {
        ClassLoader flywayLoader = JoinedClassLoader.of(Database.class.getClassLoader(),
                Flyway.class.getClassLoader());
        MigrateResult result = ContextClassLoader.call(flywayLoader, () -> Flyway.configure(flywayLoader)
                .dataSource(ds)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .placeholders(Map.of("long_text", settings.derby() ? "CLOB" : "TEXT"))
                .load()
                .migrate());
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated the store schema to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return result.migrationsExecuted;
    }

    private EntityManagerFactory entityManagerFactory(DataSource ds) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("eclipselink.classloader", loader);
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.ddl-generation", "none");
        // other nodes of a cluster write the same database: never trust a cached row
        properties.put("eclipselink.cache.shared.default", "false");
        properties.put("eclipselink.logging.logger", "JavaLogger");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.deploy-on-startup", "true");
        // EclipseLink keeps deployed units in a static registry: a fresh name per store, so a reopened (or second)
        // store never picks up the session of an earlier one
        properties.put("eclipselink.session-name", "retort-store-" + SESSIONS.incrementAndGet());
        if (settings.derby()) {
            properties.put("eclipselink.target-database", "Derby");
        } else if (settings.postgresql()) {
            properties.put("eclipselink.target-database", "PostgreSQL");
        }
        return new PersistenceProvider().createContainerEntityManagerFactory(new UnitInfo(ds, loader), properties);
    }

    /** Runs {@code work} in one transaction (retried on deadlock); {@code what} names the operation for errors. */
    <T> T tx(String what, Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ContextClassLoader.call(loader, () -> once(work));
            } catch (StoreException | IllegalArgumentException e) {
                throw e;
            } catch (RuntimeException e) {
                String state = sqlState(e);
                if (state != null && TRANSIENT.contains(state) && attempt < ATTEMPTS) {
                    LOG.debug("Retrying '{}' after a transient database error ({})", what, state);
                    sleep(attempt);
                    continue;
                }
                if ("23505".equals(state)) {
                    throw new StoreConflictException("Could not " + what + ": it conflicts with existing data", e);
                }
                if ("23503".equals(state)) {
                    throw new StoreConflictException("Could not " + what + ": it refers to something missing or "
                            + "is still referred to", e);
                }
                throw new StoreException("Could not " + what + " (database error" + (state == null ? "" : " "
                        + state) + ")", e);
            }
        }
    }

    private <T> T once(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.flush();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                try {
                    em.getTransaction().rollback();
                } catch (RuntimeException e) {
                    LOG.debug("Rollback failed", e);
                }
            }
            em.close();
        }
    }

    /** The SQLSTATE of the first {@link SQLException} in the cause chain. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null) {
                        return s.getSQLState();
                    }
                }
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(10L * attempt + (long) (Math.random() * 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            ContextClassLoader.call(loader, () -> {
                emf.close();
                return null;
            });
        } finally {
            dataSource.close();
            shutdownDerby();
        }
    }

    /** Closes an embedded Derby database so its files are released (a no-op for other databases). */
    private void shutdownDerby() {
        if (!settings.derby()) {
            return;
        }
        String name = settings.url().substring(0, settings.url().contains(";")
                ? settings.url().indexOf(';') : settings.url().length());
        try {
            new DriverDataSource(name + ";shutdown=true", settings.user(), settings.password())
                    .getConnection().close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) {
                LOG.debug("Derby shutdown of {}: {}", name, e.getMessage());
            }
        }
    }

    /** The persistence unit, declared in code: explicit classes, our class loader, our data source. */
    private record UnitInfo(DataSource dataSource, ClassLoader loader) implements PersistenceUnitInfo {
        @Override
        public String getPersistenceUnitName() {
            return "retort-store";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return PersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            // the root of this bundle (or class-path entry): where EclipseLink would look for META-INF/orm.xml
            String self = Database.class.getName().replace('.', '/') + ".class";
            String url = String.valueOf(loader.getResource(self));
            try {
                return new URL(url.substring(0, url.length() - self.length()));
            } catch (MalformedURLException e) {
                throw new IllegalStateException("Cannot locate the persistence unit root from " + url, e);
            }
        }

        @Override
        public List<String> getManagedClassNames() {
            return Entities.CLASSES.stream().map(Class::getName).toList();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return loader;
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return loader;
        }
    }
}
