package org.retort.engine.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes workflow documents. Writing is deterministic: the same workflow always gives the
 * same bytes (fixed member order, parameters and layout sorted by key, two-space indent, {@code \n}
 * line ends), so workflow files diff well in git.
 */
public final class WorkflowJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkflowJson() {
    }

    /** Parses a workflow document; the exception lists every problem with its location. */
    public static Workflow read(String json) throws WorkflowFormatException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WorkflowFormatException(List.of(new ValidationProblem("$", "not valid JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")")));
        }
        return new WorkflowReader().read(tree);
    }

    /** Parses a workflow document from UTF-8 bytes. */
    public static Workflow read(InputStream in) throws IOException, WorkflowFormatException {
        return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Parses a workflow file. */
    public static Workflow read(Path file) throws IOException, WorkflowFormatException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The document for {@code workflow}, ending with a newline. */
    public static String write(Workflow workflow) {
        return WorkflowWriter.write(workflow);
    }

    /** The JSON Schema (draft 2020-12) of the workflow format. */
    public static String schema() {
        try (InputStream in = WorkflowJson.class.getResourceAsStream("workflow.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
