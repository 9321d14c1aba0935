package org.retort.engine.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.OptionalIdentifiedDefinition;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.yaml.out.ModelWriter;
import org.retort.api.util.ContextClassLoader;
import org.retort.engine.NodeCatalog;
import org.retort.engine.RunOptions;
import org.retort.engine.workflow.Workflow;

/**
 * The Camel routes a run of a workflow would use, as Camel YAML, so IT can review what runs. The routes
 * come from the run's own {@link RunRoutes}, added to a Camel context that is never started, so the
 * export cannot drift from what executes and nothing is consumed, produced or cached.
 *
 * <p>The plan is made against an empty cache: the export shows every node as it runs the first time,
 * not whichever outputs this engine happens to hold. Query parameters of endpoints are written as
 * YAML keys so queue sizes and back pressure settings read as data.
 *
 * <p>Camel's own dumper ({@code PluginHelper.getModelToYAMLDumper}) drops route and processor
 * descriptions in 4.18, and they are what names each node's work; hence its model writer, told to
 * write descriptions.
 */
final class CamelYamlExport {

    private CamelYamlExport() {
    }

    /** The routes of a run of {@code workflow}, which must have validated against {@code catalog}. */
    static String of(Workflow workflow, NodeCatalog catalog, RunOptions options) throws Exception {
        ResultCache empty = new ResultCache(0);
        ExecutionPlan plan = ExecutionPlan.of(workflow, catalog, empty);
        var run = new RunExecution("export", workflow, plan, options, empty, event -> { });
        List<NodeRuntime> nodes = plan.nodes().stream().filter(p -> p.mode().routed()).map(p -> run.node(p.id())).toList();
        return ContextClassLoader.call(CamelContext.class, () -> {
            try (DefaultCamelContext camel = new DefaultCamelContext()) {
                camel.setApplicationContextClassLoader(CamelContext.class.getClassLoader());
                camel.getCamelContextExtension().setName("retort-export-" + workflow.id());
                camel.disableJMX();
                camel.addRoutes(new RunRoutes(nodes));
                var routes = new RoutesDefinition();
                routes.setRoutes(camel.getCamelContextExtension().getContextPlugin(Model.class).getRouteDefinitions());
                return yaml(camel, routes);
            }
        });
    }

    private static String yaml(CamelContext camel, RoutesDefinition routes) throws Exception {
        var out = new StringWriter();
        var writer = new DescribingWriter(out);
        writer.setCamelContext(camel);
        writer.setUriAsParameters(true);
        writer.start();
        try {
            writer.writeOptionalIdentifiedDefinitionRef(routes);
        } finally {
            writer.stop();
        }
        return out.toString();
    }

    /** Writes each definition's id and description; Camel's default also writes notes and a {@code customId} flag. */
    private static final class DescribingWriter extends ModelWriter {

        DescribingWriter(StringWriter out) throws IOException {
            super(out);
        }

        @Override
        protected void doWriteOptionalIdentifiedDefinitionAttributes(OptionalIdentifiedDefinition<?> definition) throws IOException {
            doWriteAttribute("id", definition.getId());
            doWriteAttribute("description", definition.getDescription());
        }
    }
}
