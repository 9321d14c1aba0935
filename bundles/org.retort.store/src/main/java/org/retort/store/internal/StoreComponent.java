package org.retort.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.retort.store.ApiKeys;
import org.retort.store.Artifacts;
import org.retort.store.AuditLog;
import org.retort.store.Backups;
import org.retort.store.Datasets;
import org.retort.store.Models;
import org.retort.store.Runs;
import org.retort.store.Tokens;
import org.retort.store.Users;
import org.retort.store.Workflows;
import org.retort.store.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the store with the configuration of PID {@code org.retort.store} and registers one service per repository
 * ({@link Users}, {@link Tokens}, {@link ApiKeys}, {@link Workspaces}, {@link Workflows}, {@link Runs},
 * {@link Artifacts}, {@link Datasets}, {@link Models}, {@link AuditLog}). A configuration change closes the store and
 * opens it again.
 */
@Component(immediate = true, service = {}, configurationPid = "org.retort.store",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = StoreConfig.class)
public final class StoreComponent {

    private static final Logger LOG = LoggerFactory.getLogger(StoreComponent.class);

    private final Store store;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public StoreComponent(BundleContext context, StoreConfig config) {
        String karafData = System.getProperty("karaf.data");
        if (karafData != null && System.getProperty("derby.stream.error.file") == null) {
            // embedded Derby's own log goes with the other logs, not into the working directory
            System.setProperty("derby.stream.error.file", Path.of(karafData, "log", "derby.log").toString());
        }
        store = Store.open(settings(config, karafData), Clock.systemUTC());
        register(context, Users.class, store.users());
        register(context, Tokens.class, store.tokens());
        register(context, ApiKeys.class, store.apiKeys());
        register(context, Workspaces.class, store.workspaces());
        register(context, Workflows.class, store.workflows());
        register(context, Runs.class, store.runs());
        register(context, Artifacts.class, store.artifacts());
        register(context, Datasets.class, store.datasets());
        register(context, Models.class, store.models());
        register(context, AuditLog.class, store.auditLog());
        register(context, Backups.class, store.backups());
        LOG.info("Retort store ready");
    }

    /** The settings a configuration means; {@code karafData} may be {@code null} (then {@code data/}). */
    static StoreSettings settings(StoreConfig config, String karafData) {
        Path data = Path.of(karafData == null || karafData.isBlank() ? "data" : karafData).resolve("retort");
        String url = config.url().isBlank()
                ? "jdbc:derby:" + data.resolve("db").toString().replace('\\', '/') + ";create=true"
                : config.url().trim();
        Path artifacts = config.artifacts().isBlank() ? data.resolve("artifacts") : Path.of(config.artifacts().trim());
        Path backups = config.backups().isBlank() ? data.resolve("backups") : Path.of(config.backups().trim());
        return new StoreSettings(url, config.user(), config.password(), config.poolSize(), artifacts, backups);
    }

    private <S> void register(BundleContext context, Class<S> type, S service) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_DESCRIPTION, "Retort store: " + type.getSimpleName());
        registrations.add(context.registerService(type, service, properties));
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it while stopping the bundle
            }
        }
        registrations.clear();
        store.close();
    }
}
