package org.retort.web.internal;

import java.net.BindException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.retort.web.JaxRsComponent;
import org.retort.web.WebContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Retort's own Jetty 12 (not Karaf's Pax Web, which is Jetty 9.4 and javax) and publishes every
 * {@link JaxRsComponent} service under {@code /api}. Services that come and go are applied in one
 * Jersey reload after a short quiet period, so a bundle bringing ten resources costs one reload.
 * Configured by {@code etc/org.retort.web.cfg}.
 */
@Component(immediate = true, configurationPid = "org.retort.web")
@Designate(ocd = WebConfig.class)
public final class WebServerComponent {

    private static final Logger LOG = LoggerFactory.getLogger(WebServerComponent.class);
    private static final long QUIET_MILLIS = 100;

    private final Set<JaxRsComponent> components = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private final ScheduledExecutorService updates = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "retort-web-whiteboard");
        t.setDaemon(true);
        return t;
    });
    private volatile ApiServer server;
    private volatile WebContent content;
    private WebConfig config;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addComponent(JaxRsComponent component) {
        components.add(component);
        scheduleUpdate();
    }

    void removeComponent(JaxRsComponent component) {
        components.remove(component);
        scheduleUpdate();
    }

    /** The site at the root: the highest-ranked {@link WebContent}; a better one replaces it when it comes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setContent(WebContent site) {
        content = site;
        ApiServer s = server;
        if (s != null) {
            s.content(site);
        }
    }

    void unsetContent(WebContent site) {
        if (content == site) {
            setContent(null);
        }
    }

    @Activate
    void activate(WebConfig config) throws Exception {
        this.config = config;
        start();
    }

    @Modified
    void modified(WebConfig config) throws Exception {
        boolean moved = !config.host().equals(this.config.host()) || config.port() != this.config.port()
                || config.threads_max() != this.config.threads_max();
        this.config = config;
        if (moved) {
            stopServer();
            start();
        }
    }

    @Deactivate
    void deactivate() {
        updates.shutdownNow();
        stopServer();
    }

    private void start() throws Exception {
        ApiServer s = new ApiServer(config.host(), config.port(), config.threads_max());
        try {
            s.start(List.copyOf(components));
        } catch (Exception e) {
            s.stop();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                LOG.error("Retort cannot listen on {}:{}: the port is in use. Set 'port' in etc/org.retort.web.cfg.",
                        config.host(), config.port());
            } else {
                LOG.error("Retort web server failed to start on {}:{}: {}", config.host(), config.port(), e.toString());
            }
            throw e;
        }
        s.content(content);
        server = s;
        LOG.info("Retort API listening on http://{}:{}/api", config.host(), s.boundPort());
    }

    private void stopServer() {
        ApiServer s = server;
        server = null;
        if (s != null) {
            s.stop();
        }
    }

    private void scheduleUpdate() {
        if (updatePending.compareAndSet(false, true)) {
            try {
                updates.schedule(this::applyUpdate, QUIET_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                updatePending.set(false);
            }
        }
    }

    private void applyUpdate() {
        updatePending.set(false);
        ApiServer s = server;
        if (s == null) {
            return;
        }
        try {
            s.update(List.copyOf(components));
            LOG.debug("Retort API now has {} contributed resources and providers", components.size());
        } catch (Exception e) {
            LOG.error("Could not apply a change of REST resources: {}", e.toString(), e);
        }
    }
}
