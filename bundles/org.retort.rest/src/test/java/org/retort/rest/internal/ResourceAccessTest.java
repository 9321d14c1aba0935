package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.retort.rest.internal.ResourceMethods.Access;
import org.retort.rest.internal.ResourceMethods.ResourceMethod;
import org.retort.web.JaxRsComponent;
import org.retort.web.Public;
import org.retort.web.RequiresPermission;

/** Every endpoint of this bundle says who may call it: exactly one of @RequiresPermission or @Public. */
class ResourceAccessTest {

    /** Every JaxRsComponent class compiled into this bundle. */
    static List<Class<?>> bundleComponents() throws IOException, URISyntaxException, ClassNotFoundException {
        var root = Paths.get(NodesResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var found = new ArrayList<Class<?>>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ResourceAccessTest.class.getClassLoader());
                if (JaxRsComponent.class.isAssignableFrom(type) && !type.isInterface()) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    @Test
    void everyResourceMethodOfThisBundleDeclaresItsAccessExactlyOnce() throws Exception {
        List<Class<?>> components = bundleComponents();
        assertThat(components).contains(NodesResource.class, WorkflowToolsResource.class, OpenApiResource.class);
        var methods = new ArrayList<ResourceMethod>();
        components.forEach(type -> methods.addAll(ResourceMethods.of(type)));
        assertThat(methods).hasSizeGreaterThanOrEqualTo(7);
        for (ResourceMethod method : methods) {
            boolean permission = method.method().isAnnotationPresent(RequiresPermission.class);
            boolean open = method.method().isAnnotationPresent(Public.class);
            assertThat(permission ^ open).as("%s carries exactly one of @RequiresPermission/@Public", method).isTrue();
            assertThat(method.access().problem()).as("%s", method).isNull();
        }
    }

    @Path("v1/sloppy")
    static final class Sloppy {
        @GET
        public String forgotten() {
            return "";
        }

        @POST
        @Public
        @RequiresPermission("x:y")
        public String both() {
            return "";
        }

        @GET
        @Path("{id: [0-9]+}")
        @RequiresPermission("Things")
        public String malformed() {
            return "";
        }
    }

    @Path("v1/closed")
    @RequiresPermission("admin:system")
    static final class ClassWide {
        @GET
        public String inherited() {
            return "";
        }

        @GET
        @Path("open/")
        @Public
        public String overridden() {
            return "";
        }
    }

    @Test
    void missingContradictoryAndMalformedDeclarationsAreNamed() {
        List<ResourceMethod> methods = ResourceMethods.of(Sloppy.class);
        assertThat(methods).extracting(m -> m.httpMethod() + " " + m.path() + " " + m.access().problem()).containsExactly(
                "GET /v1/sloppy declares neither @RequiresPermission nor @Public",
                "POST /v1/sloppy declares both @RequiresPermission and @Public",
                "GET /v1/sloppy/{id} permission 'Things' is not 'domain:action'");
    }

    @Test
    void aMethodsOwnDeclarationWinsOverItsClasss() {
        List<ResourceMethod> methods = ResourceMethods.of(ClassWide.class);
        assertThat(methods).extracting(ResourceMethod::path, m -> m.access())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/v1/closed", new Access("admin:system", false, null)),
                        org.assertj.core.groups.Tuple.tuple("/v1/closed/open", new Access(null, true, null)));
    }
}
