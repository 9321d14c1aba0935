package org.retort.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.retort.api.util.ContextClassLoader;
import org.retort.rest.internal.ResourceMethods.Access;
import org.retort.rest.internal.ResourceMethods.ResourceMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the OpenAPI 3 document of a set of JAX-RS resource classes with swagger-core's
 * {@link Reader}, from exactly those classes (no classpath scanning), and marks every operation with
 * who may call it: the extension {@code x-retort-permission} (the permission string) or
 * {@code x-retort-public: true}, and a sentence in its description. Plain Java, no OSGi.
 */
final class OpenApiDocument {

    static final String PERMISSION = "x-retort-permission";
    static final String PUBLIC = "x-retort-public";
    static final String UNDECLARED = "x-retort-undeclared";

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);

    private OpenApiDocument() {
    }

    /** The document for {@code resources} (providers and other classes without {@code @Path} are skipped), as JSON. */
    static String json(Collection<Class<?>> resources, String version) {
        List<Class<?>> classes = resources.stream().filter(c -> !ResourceMethods.of(c).isEmpty()).distinct()
                .sorted(Comparator.comparing(Class::getName)).toList();
        // swagger-core finds its extensions and model converters through ServiceLoader: let it see its own.
        return ContextClassLoader.call(Reader.class, () -> {
            OpenAPI api = new OpenAPI()
                    .info(new Info().title("Retort API").version(version)
                            .description("Retort's HTTP API. Paths are relative to the server URL. Every operation names "
                                    + "the permission it needs in '" + PERMISSION + "' or is marked '" + PUBLIC + "'."))
                    .servers(List.of(new Server().url("/api")));
            Reader reader = new Reader(api);
            for (Class<?> type : classes) {
                try {
                    reader.read(type);
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("OpenAPI: cannot describe {}; it is left out: {}", type.getName(), e.toString());
                }
            }
            OpenAPI read = reader.getOpenAPI();
            classes.forEach(type -> ResourceMethods.of(type).forEach(m -> mark(read, m)));
            read.setPaths(sorted(read.getPaths()));
            try {
                return Json.pretty().writeValueAsString(read);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the OpenAPI document cannot be written: " + e.getOriginalMessage(), e);
            }
        });
    }

    private static void mark(OpenAPI api, ResourceMethod method) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(method.path());
        Operation operation = item == null ? null
                : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.httpMethod()));
        if (operation == null) {
            return;
        }
        Access access = method.access();
        String sentence;
        if (access.isPublic()) {
            operation.addExtension(PUBLIC, true);
            sentence = "Public: no login needed.";
        } else if (access.permission() != null) {
            operation.addExtension(PERMISSION, access.permission());
            sentence = "Requires the permission `" + access.permission() + "`.";
        } else {
            operation.addExtension(UNDECLARED, access.problem());
            sentence = "Refused to everybody: the resource " + access.problem() + ".";
        }
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? sentence : description + "\n\n" + sentence);
    }

    private static Paths sorted(Paths paths) {
        var sorted = new Paths();
        if (paths != null) {
            new TreeMap<String, PathItem>(paths).forEach(sorted::addPathItem);
            if (paths.getExtensions() != null) {
                sorted.setExtensions(paths.getExtensions());
            }
        }
        return sorted;
    }
}
