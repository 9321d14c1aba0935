package org.retort.rest.internal;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.retort.web.Public;
import org.retort.web.RequiresPermission;

/**
 * The resource methods of a JAX-RS class as plain reflection sees them: HTTP method, path under
 * {@code /api} in OpenAPI form, and who may call it. One walk shared by the OpenAPI document and the
 * test that every endpoint declares its access.
 */
final class ResourceMethods {

    private ResourceMethods() {
    }

    /**
     * Who may call a resource method.
     *
     * @param permission the required permission, or {@code null} when public or undeclared
     * @param isPublic   whether anybody may call it
     * @param problem    why the declaration is missing or contradictory, or {@code null} when it is fine
     */
    record Access(String permission, boolean isPublic, String problem) {

        /** The access the method declares, its own annotations winning over its class's. */
        static Access of(Method method) {
            Access own = declared(method.getAnnotation(RequiresPermission.class), method.getAnnotation(Public.class));
            if (own != null) {
                return own;
            }
            Class<?> type = method.getDeclaringClass();
            Access inherited = declared(type.getAnnotation(RequiresPermission.class), type.getAnnotation(Public.class));
            return inherited != null ? inherited
                    : new Access(null, false, "declares neither @RequiresPermission nor @Public");
        }

        private static Access declared(RequiresPermission permission, Public open) {
            if (permission != null && open != null) {
                return new Access(null, false, "declares both @RequiresPermission and @Public");
            }
            if (permission != null) {
                return permission.value().matches("[a-z][a-z0-9-]*:[a-z][a-z0-9-]*")
                        ? new Access(permission.value(), false, null)
                        : new Access(null, false, "permission '" + permission.value() + "' is not 'domain:action'");
            }
            return open != null ? new Access(null, true, null) : null;
        }
    }

    /**
     * One resource method.
     *
     * @param httpMethod {@code GET}, {@code POST}…
     * @param path       the OpenAPI path relative to {@code /api}, e.g. {@code /v1/nodes/{id}}
     * @param method     the Java method
     */
    record ResourceMethod(String httpMethod, String path, Method method) {

        Access access() {
            return Access.of(method);
        }

        @Override
        public String toString() {
            return httpMethod + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    /** The resource methods of {@code resource}, by path then HTTP method; empty for a provider. */
    static List<ResourceMethod> of(Class<?> resource) {
        Path root = resource.getAnnotation(Path.class);
        if (root == null) {
            return List.of();
        }
        var methods = new ArrayList<ResourceMethod>();
        for (Method method : resource.getMethods()) {
            String http = httpMethod(method);
            if (http != null) {
                Path sub = method.getAnnotation(Path.class);
                methods.add(new ResourceMethod(http, path(root.value(), sub == null ? "" : sub.value()), method));
            }
        }
        methods.sort(Comparator.comparing(ResourceMethod::path).thenComparing(ResourceMethod::httpMethod));
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code v1/nodes} + {@code {id: [^/]+}/docs} → {@code /v1/nodes/{id}/docs}. */
    static String path(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}")
                .replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
