package org.retort.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.retort.web.JaxRsComponent;
import org.retort.web.Public;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 document of every JAX-RS resource registered right
 * now (this one included). The document is built on first request after the set of resources changed
 * and cached until it changes again.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/openapi.json")
public final class OpenApiResource implements JaxRsComponent {

    /** Every JaxRsComponent but this one (which is always described): binding oneself is a circular reference. */
    static final String OTHERS = "(!(component.name=org.retort.rest.internal.OpenApiResource))";

    private record Cached(long generation, String json) {
    }

    private final Set<JaxRsComponent> components = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = OTHERS)
    void addComponent(JaxRsComponent component) {
        components.add(component);
        generation.incrementAndGet();
    }

    void removeComponent(JaxRsComponent component) {
        components.remove(component);
        generation.incrementAndGet();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public String openApi() {
        Cached c = cached;
        return c != null && c.generation() == generation.get() ? c.json() : rebuild();
    }

    private synchronized String rebuild() {
        long now = generation.get();
        Cached c = cached;
        if (c != null && c.generation() == now) {
            return c.json(); // another request rebuilt it meanwhile
        }
        List<Class<?>> classes = new ArrayList<>();
        classes.add(OpenApiResource.class);
        synchronized (components) {
            components.forEach(component -> classes.add(component.getClass()));
        }
        String json = OpenApiDocument.json(classes, version());
        cached = new Cached(now, json);
        return json;
    }

    private static String version() {
        Bundle bundle = FrameworkUtil.getBundle(OpenApiResource.class);
        return bundle == null ? "0.1.0" : bundle.getVersion().toString();
    }
}
