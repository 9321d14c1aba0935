package org.retort.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.retort.web.JaxRsComponent;
import org.retort.web.Public;

/** {@code GET /api/v1/health}: 200 whenever the JVM is up and the API answers (liveness). */
@Component(service = JaxRsComponent.class)
@Path("v1/health")
@Public
public final class HealthResource implements JaxRsComponent {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> health() {
        return Map.of("status", "UP", "uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    }
}
