package org.retort.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.retort.engine.InvalidWorkflowException;
import org.retort.engine.RunOptions;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowFormatException;
import org.retort.engine.workflow.WorkflowJson;
import org.retort.web.JaxRsComponent;
import org.retort.web.Problem;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * Stateless tools on a workflow document sent in the request body (the format of the files in
 * {@code workflows/}): {@code /api/v1/workflows/validate} and {@code /api/v1/workflows/camel-yaml}.
 * Nothing is stored or run.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/workflows")
public final class WorkflowToolsResource implements JaxRsComponent {

    /** The media type of the Camel YAML export. */
    public static final String YAML = "application/yaml; charset=UTF-8";

    /** The largest workflow document accepted; real ones are a few kilobytes. */
    static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    private final WorkflowEngine engine;

    @Activate
    public WorkflowToolsResource(@Reference WorkflowEngine engine) {
        this.engine = engine;
    }

    /**
     * The validation report.
     *
     * @param valid    whether the workflow can run with the node types installed now
     * @param problems every problem, each naming its node, port or parameter where it has one
     */
    public record Report(boolean valid, List<WorkflowProblem> problems) {
    }

    /** Checks a workflow against the node types installed now; 400 when the document is not a workflow. */
    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission("workflows:read")
    public Report validate(InputStream document) {
        Workflow workflow = read(document);
        List<WorkflowProblem> problems = WorkflowProblem.of(workflow, engine.validate(workflow));
        return new Report(problems.isEmpty(), problems);
    }

    /**
     * The Camel routes a run would use, as Camel YAML, with default run options; 422 listing the
     * problems when the workflow does not validate.
     */
    @POST
    @Path("camel-yaml")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(YAML)
    @RequiresPermission("workflows:read")
    public String camelYaml(InputStream document) {
        Workflow workflow = read(document);
        try {
            return engine.exportCamelYaml(workflow, RunOptions.defaults());
        } catch (InvalidWorkflowException e) {
            List<WorkflowProblem> problems = WorkflowProblem.of(workflow, e.problems());
            throw new ProblemException(Problem.of(422, "Invalid workflow", "The workflow '" + workflow.id()
                    + "' does not validate (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "); fix it before exporting it.").with("problems", problems));
        }
    }

    /** The workflow in a request body; 400 (malformed, empty), 413 (too large) problems otherwise. */
    static Workflow read(InputStream body) {
        return parse(text(body));
    }

    /** The workflow {@code document}; a 400 problem listing every problem when it is not one. */
    static Workflow parse(String document) {
        if (document.isBlank()) {
            throw new ProblemException(Problem.of(400, "Malformed workflow", "The request body is empty; send a workflow document."));
        }
        try {
            return WorkflowJson.read(document);
        } catch (WorkflowFormatException e) {
            throw new ProblemException(Problem.of(400, "Malformed workflow", e.getMessage())
                    .with("problems", WorkflowProblem.of(null, e.problems())));
        }
    }

    /** The request body as text, at most {@link #MAX_DOCUMENT_BYTES}. */
    static String text(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw new ProblemException(413, "Workflow too large",
                        "A workflow document may have at most " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProblemException(400, "Unreadable request body", "The request body could not be read completely.");
        }
    }
}
