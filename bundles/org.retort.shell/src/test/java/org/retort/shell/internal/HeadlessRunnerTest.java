package org.retort.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retort.engine.internal.Engine;
import org.retort.engine.internal.NodeRegistry;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowJson;
import org.retort.example.plugin.SmilesFile;
import org.retort.example.plugin.SmilesLength;

/** The command-line operations on a real engine with real node types and real files. */
class HeadlessRunnerTest {

    private static final String WORKFLOW = """
            {
              "format": "retort.workflow/1",
              "id": "lengths",
              "nodes": [
                {"id": "read", "type": "example.smiles-file", "version": "1.0.0", "parameters": {"path": "unset.smi"}},
                {"id": "length", "type": "example.smiles-length", "version": "1.0.0", "parameters": {"limit": 25}},
                {"id": "write", "type": "test.text-sink", "version": "1.0.0", "parameters": {"path": "lengths.tsv"}},
                {"id": "rejects", "type": "test.text-sink", "version": "1.0.0", "parameters": {}}
              ],
              "edges": [
                {"from": "read.out", "to": "length.in"},
                {"from": "length.out", "to": "write.in"},
                {"from": "length.failure", "to": "rejects.in"}
              ]
            }
            """;

    @TempDir
    Path dir;
    private NodeRegistry catalog;
    private Engine engine;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeEach
    void engine() {
        catalog = new NodeRegistry();
        catalog.addNodeType(new SmilesFile());
        catalog.addNodeType(new SmilesLength());
        catalog.addNodeType(new TextSink());
        engine = new Engine(catalog);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Properties request(String command, String... pairs) {
        Properties props = new Properties();
        props.setProperty("command", command);
        props.setProperty("cwd", dir.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            props.setProperty(pairs[i], pairs[i + 1]);
        }
        return props;
    }

    @Test
    void runsAWorkflowWithTheGivenInputIntoTheOutputDirectory() throws Exception {
        Files.writeString(dir.resolve("flow.json"), WORKFLOW);
        Files.writeString(dir.resolve("in.smi"), "CC(=O)Oc1ccccc1C(=O)O aspirin\nCN1C=NC2=C1C(=O)N(C(=O)N2C)C caffeine\nOCC ethanol\n");

        int exit = HeadlessRunner.carryOut(request("run", "workflow", "flow.json", "input.read", "in.smi", "output", "out"),
                new Operations(catalog, engine), catalog, out);

        assertThat(exit).as(printed.toString()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/lengths.tsv"))).containsExactly(
                "CC(=O)Oc1ccccc1C(=O)O\taspirin\t21", "OCC\tethanol\t3");
        assertThat(Files.readString(dir.resolve("out/rejects"))).contains("caffeine").contains("more than 25");
        assertThat(printed.toString()).contains("SUCCEEDED").contains("length").contains("rows out");
    }

    @Test
    void aSourcesRelativePathIsReadFromTheWorkflowsFolderAndSinksWriteToTheCallersFolder() throws Exception {
        Path flows = Files.createDirectories(dir.resolve("flows"));
        Files.writeString(flows.resolve("flow.json"), WORKFLOW.replace("unset.smi", "data/in.smi"));
        Files.createDirectories(flows.resolve("data"));
        Files.writeString(flows.resolve("data/in.smi"), "OCC ethanol\n");

        int exit = HeadlessRunner.carryOut(request("run", "workflow", "flows/flow.json"), new Operations(catalog, engine), catalog, out);

        assertThat(exit).as(printed.toString()).isZero();
        assertThat(Files.readAllLines(dir.resolve("lengths.tsv"))).containsExactly("OCC\tethanol\t3");
    }

    @Test
    void aFailedRunExitsNonZeroAndSaysWhy() throws Exception {
        Files.writeString(dir.resolve("flow.json"), WORKFLOW);
        int exit = HeadlessRunner.carryOut(request("run", "workflow", "flow.json", "input.read", "missing.smi", "output", "out"),
                new Operations(catalog, engine), catalog, out);
        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString()).contains("FAILED").contains("read").contains("missing.smi");
    }

    @Test
    void aMissingNodeTypeIsReportedAtOnceNotWaitedFor() throws Exception {
        Files.writeString(dir.resolve("flow.json"), WORKFLOW.replace("\"test.text-sink\", \"version\": \"1.0.0\"", "\"test.text-sink\", \"version\": \"2.0.0\""));
        Files.writeString(dir.resolve("in.smi"), "OCC ethanol\n");
        assertThatThrownBy(() -> HeadlessRunner.carryOut(request("run", "workflow", "flow.json", "input.read", "in.smi"),
                new Operations(catalog, engine), catalog, out))
                .hasMessageContaining("waiting for node type test.text-sink v2.0.0");
    }

    @Test
    void validateListsEveryProblemAndExitsNonZero() throws Exception {
        Files.writeString(dir.resolve("flow.json"), WORKFLOW.replace("\"limit\": 25", "\"limit\": 0")
                .replace("example.smiles-file", "example.smiles-fiel"));
        int exit = HeadlessRunner.carryOut(request("validate", "workflow", "flow.json"), new Operations(catalog, engine), catalog, out);
        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString()).contains("example.smiles-fiel").contains("limit");
    }

    @Test
    void exportPrintsTheCamelRoutesOfEveryNodeWithoutRunning() throws Exception {
        Files.writeString(dir.resolve("flow.json"), WORKFLOW);
        int exit = HeadlessRunner.carryOut(request("export", "workflow", "flow.json"), new Operations(catalog, engine), catalog, out);
        assertThat(exit).isZero();
        String yaml = printed.toString();
        assertThat(yaml).contains("- route:").contains("id: read").contains("id: length").contains("id: write")
                .contains("example.smiles-length@1.0.0");
        assertThat(engine.runs()).isEmpty();
        assertThat(dir.resolve("lengths.tsv")).doesNotExist();
    }

    @Test
    void nodesListsThePalette() throws Exception {
        assertThat(HeadlessRunner.carryOut(request("nodes"), new Operations(catalog, engine), catalog, out)).isZero();
        assertThat(printed.toString()).contains("example.smiles-length").contains("STREAMING").contains("test.text-sink");
    }

    @Test
    void inputsBindToSourcesOnlyAndEveryMistakeIsNamed() throws Exception {
        Workflow workflow = WorkflowJson.read(WORKFLOW);
        RunRequest request = new RunRequest(RunRequest.parseInputs(List.of("length=x.smi", "nothing=y.smi"), dir), null);
        assertThatThrownBy(() -> request.apply(workflow, catalog))
                .hasMessageContaining("'length' (example.smiles-length) does not read a file")
                .hasMessageContaining("the workflow has no node 'nothing'");
        assertThatThrownBy(() -> RunRequest.parseInputs(List.of("read"), dir)).hasMessageContaining("node=path");
    }

    @Test
    void anAbsoluteSinkPathIsLeftWhereItIs() throws Exception {
        Workflow workflow = WorkflowJson.read(WORKFLOW.replace("lengths.tsv", dir.resolve("abs.tsv").toString()));
        Workflow bound = new RunRequest(Map.of(), dir.resolve("out")).apply(workflow, catalog);
        assertThat(bound.node("write").orElseThrow().parameters().get("path")).isEqualTo(dir.resolve("abs.tsv").toString());
        assertThat(bound.node("rejects").orElseThrow().parameters().get("path")).isEqualTo(dir.resolve("out/rejects").toString());
    }
}
