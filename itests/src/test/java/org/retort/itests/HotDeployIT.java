package org.retort.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.retort.api.data.Table;
import org.retort.engine.NodeCatalog;
import org.retort.engine.Run;
import org.retort.engine.RunOptions;
import org.retort.engine.RunState;
import org.retort.engine.WorkflowEngine;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowJson;

/**
 * A node plugin built against {@code org.retort.api} alone is dropped into {@code deploy/} of the
 * running distribution: its node types appear, a workflow using them runs on the engine inside
 * OSGi, and when the jar is removed they disappear and the workflow waits for them instead of failing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HotDeployIT extends RetortContainer {

    @Inject
    NodeCatalog catalog;

    @Inject
    WorkflowEngine engine;

    private static final String WORKFLOW = """
            {
              "format": "retort.workflow/1",
              "id": "smiles-lengths",
              "title": "SMILES lengths",
              "nodes": [
                {"id": "read", "type": "example.smiles-file", "version": "1.0.0", "parameters": {"path": "%s"}},
                {"id": "length", "type": "example.smiles-length", "version": "1.0.0", "parameters": {"limit": 25}}
              ],
              "edges": [{"from": "read.out", "to": "length.in"}]
            }
            """;

    private static long await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * A workflow with a file-drop trigger placed in {@code workflows/} is armed; a SMILES file dropped
     * into its folder runs it inside the distribution (Camel file component and Quartz in OSGi) and is
     * archived with the run id.
     */
    @Test
    public void aWorkflowInTheWorkflowFolderRunsForEachDroppedFile() throws Exception {
        Path jar = Path.of(System.getProperty("retort.example.plugin"));
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "example-plugin.jar");
        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        Path workflows = Files.createDirectories(Path.of(System.getProperty("karaf.base"), "workflows"));
        Path inbox = Path.of(System.getProperty("karaf.data"), "retort", "inbox", "lengths");
        Path workflowFile = workflows.resolve("lengths.json");
        try {
            assertTrue(await(() -> catalog.find("example.smiles-length", "1.0.0").isPresent(), Duration.ofSeconds(30)) >= 0);
            Files.writeString(workflowFile, String.format(WORKFLOW, "unset.smi").replace("\"edges\"",
                    "\"triggers\": [{\"type\": \"fileDrop\", \"folder\": \"inbox/lengths\", \"pattern\": \"*.smi\", \"input\": \"read.path\"}],\n  \"edges\""));
            Files.createDirectories(inbox);
            Path dropped = inbox.resolve("batch-1.smi");
            Files.writeString(dropped, "CC(=O)Oc1ccccc1C(=O)O aspirin\nOCC ethanol\n");
            Path archive = inbox.resolve("archive");
            long archived = await(() -> Files.isDirectory(archive) && archive.toFile().list().length == 1, Duration.ofSeconds(60));
            assertTrue("the dropped file was archived after its run; inbox: " + java.util.Arrays.toString(inbox.toFile().list()), archived >= 0);
            assertFalse("taken out of the inbox", Files.exists(dropped));
            String name = archive.toFile().list()[0];
            assertTrue(name, name.startsWith("batch-1.") && name.endsWith(".smi"));
            String runId = name.substring("batch-1.".length(), name.length() - ".smi".length());
            assertEquals(RunState.SUCCEEDED, engine.run(runId).orElseThrow().state());
            System.out.println("file drop: archived " + archived + " ms after the drop (read lock min age 1 s)");
        } finally {
            Files.deleteIfExists(workflowFile);
            Files.deleteIfExists(deployed);
            await(() -> catalog.find("example.smiles-length", "1.0.0").isEmpty(), Duration.ofSeconds(30));
        }
    }

    @Test
    public void aPluginDroppedIntoDeployBringsItsNodeTypesAndTakesThemAway() throws Exception {
        Path jar = Path.of(System.getProperty("retort.example.plugin"));
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "example-plugin.jar");
        Path smiles = Files.createTempFile("molecules", ".smi");
        Files.writeString(smiles, "CC(=O)Oc1ccccc1C(=O)O aspirin\nCN1C=NC2=C1C(=O)N(C(=O)N2C)C caffeine\nOCC ethanol\n");
        Workflow workflow = WorkflowJson.read(String.format(WORKFLOW, smiles));

        await(() -> catalog.find("example.smiles-length", "1.0.0").isEmpty(), Duration.ofSeconds(30));
        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        long appeared = await(() -> catalog.find("example.smiles-length", "1.0.0").isPresent()
                && catalog.find("example.smiles-file", "1.0.0").isPresent(), Duration.ofSeconds(30));
        assertTrue("the node types appeared", appeared >= 0);
        System.out.println("hot deploy: node types available " + appeared + " ms after the jar was copied");

        assertEquals(List.of(), engine.validate(workflow));
        Run run = engine.start(workflow, RunOptions.defaults());
        assertTrue("the run ended", run.await(Duration.ofSeconds(60)));
        assertEquals(run.failure(), RunState.SUCCEEDED, run.state());
        Table out = run.preview("length", "out").orElseThrow();
        assertEquals(2, out.size());
        assertEquals(21L, out.rows().get(0).get(2));
        Table failed = run.preview("length", "failure").orElseThrow();
        assertEquals("caffeine's SMILES is over the limit", 1, failed.size());

        Files.delete(deployed);
        long gone = await(() -> catalog.find("example.smiles-length", "1.0.0").isEmpty(), Duration.ofSeconds(30));
        assertTrue("the node types left", gone >= 0);
        System.out.println("hot deploy: node types gone " + gone + " ms after the jar was deleted");
        List<ValidationProblem> problems = engine.validate(workflow);
        assertFalse(problems.isEmpty());
        assertTrue(problems.toString(), problems.toString().contains("waiting for node type example.smiles-length v1.0.0"));
    }
}
