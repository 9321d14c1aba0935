package org.retort.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.retort.web.JaxRsComponent;
import org.retort.web.Public;

/**
 * {@code GET /api/v1/ready}: 200 when every Retort bundle is active and every required service is up,
 * otherwise 503 with a JSON body naming what is missing.
 */
@Component(service = JaxRsComponent.class, configurationPid = "org.retort.web")
@Path("v1/ready")
@Public
public final class ReadyResource implements JaxRsComponent {

    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private volatile WebConfig config;

    @Activate
    public ReadyResource(BundleContext context, @Reference ServiceComponentRuntime scr, WebConfig config) {
        this.context = context;
        this.scr = scr;
        this.config = config;
    }

    @Modified
    void modified(WebConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        Readiness.Report report = check();
        return Response.status(report.ready() ? 200 : 503).entity(report.toJson()).build();
    }

    Readiness.Report check() {
        WebConfig c = config;
        boolean bootFinished = !c.ready_require_boot_finished() || context.getServiceReference(BOOT_FINISHED) != null;
        List<Readiness.BundleState> bundles = new ArrayList<>();
        List<Bundle> retortBundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            bundles.add(new Readiness.BundleState(b.getSymbolicName(), stateName(b.getState()), fragment));
            if (Readiness.isRetort(b.getSymbolicName())) {
                retortBundles.add(b);
            }
        }
        List<Readiness.ComponentState> components = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(retortBundles.toArray(Bundle[]::new))) {
            if (!scr.isComponentEnabled(d)) {
                continue;
            }
            for (ComponentConfigurationDTO cc : scr.getComponentConfigurationDTOs(d)) {
                List<String> unsatisfied = cc.unsatisfiedReferences == null ? List.of()
                        : Arrays.stream(cc.unsatisfiedReferences).map(r -> r.name + " (" + r.target + ")").toList();
                components.add(new Readiness.ComponentState(d.bundle.symbolicName, d.name,
                        componentStateName(cc.state), unsatisfied));
            }
        }
        Map<String, Boolean> required = new LinkedHashMap<>();
        for (String service : c.ready_required_services()) {
            required.put(service, context.getServiceReference(service) != null);
        }
        return Readiness.evaluate(bootFinished, bundles, components, required);
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    static String componentStateName(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "UNKNOWN";
        };
    }
}
