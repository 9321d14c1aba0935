package org.retort.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;
import org.retort.api.node.SourceNode;
import org.retort.engine.FileBindingException;
import org.retort.engine.FileBindings;
import org.retort.engine.workflow.Edge;
import org.retort.engine.workflow.PortRef;
import org.retort.engine.workflow.ValidationProblem;
import org.retort.engine.workflow.Workflow;
import org.retort.engine.workflow.WorkflowNode;

/** Files bound to sources and sinks: the command line's relative convention and the server's confinement. */
class FileBindingsTest {

    @Node(id = "test.read-file", version = "1.0.0", title = "Read", category = "Test", outputs = @Port(name = "out", type = PortType.TABLE))
    public static final class ReadFile implements SourceNode<ReadFile.Params> {
        public record Params(@Param(title = "Path") String path) {
        }

        @Override
        public void produce(Params params, Emitter out, NodeContext context) {
        }

        @Override
        public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
            return Map.of("out", Schema.EMPTY);
        }
    }

    @Node(id = "test.write-file", version = "1.0.0", title = "Write", category = "Test", inputs = @Port(name = "in", type = PortType.TABLE))
    public static final class WriteFile implements SinkNode<WriteFile.Params> {
        public record Params(@Param(title = "Path", defaultValue = "") String path) {
        }

        @Override
        public ChunkWriter open(Params params, NodeContext context) {
            return new ChunkWriter() {
                @Override
                public void write(Table chunk) {
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private final NodeRegistry catalog = TestCatalog.of(new ReadFile(), new WriteFile());
    private final Path data = Path.of("/srv/data");
    private final Path run = Path.of("/srv/runs/r1");

    private static Workflow workflow(String source, String sink, String otherSink) {
        return Workflow.of("w", List.of(
                WorkflowNode.of("read", "test.read-file", "1.0.0", Map.of("path", source)),
                WorkflowNode.of("write", "test.write-file", "1.0.0", Map.of("path", sink)),
                WorkflowNode.of("copy", "test.write-file", "1.0.0", Map.of("path", otherSink))),
                List.of(new Edge(new PortRef("read", "out"), new PortRef("write", "in")),
                        new Edge(new PortRef("read", "out"), new PortRef("copy", "in"))));
    }

    private static Object path(Workflow w, String node) {
        return w.node(node).orElseThrow().parameters().get("path");
    }

    @Test
    void relativePathsResolveAgainstTheFoldersAndAbsoluteOnesStay() {
        Workflow bound = FileBindings.none().sourcesIn(data).outputsIn(run).apply(workflow("in.smi", "sub/out.csv", "/tmp/x.csv"), catalog);
        assertThat(path(bound, "read")).isEqualTo(Path.of("/srv/data/in.smi").toString());
        assertThat(path(bound, "write")).isEqualTo(Path.of("/srv/runs/r1/sub/out.csv").toString());
        assertThat(path(bound, "copy")).isEqualTo("/tmp/x.csv");
    }

    @Test
    void confinedBindingsKeepSourcesInTheDataFolderAndSinksInTheRunFolder() {
        FileBindings server = FileBindings.none().sourcesIn(data).outputsIn(run).confined();
        Workflow bound = server.apply(workflow("sets/in.smi", "/etc/out.csv", "../../x.csv"), catalog);
        assertThat(path(bound, "read")).isEqualTo(Path.of("/srv/data/sets/in.smi").toString());
        assertThat(path(bound, "write")).isEqualTo(Path.of("/srv/runs/r1/out.csv").toString());
        assertThat(path(bound, "copy")).isEqualTo(Path.of("/srv/runs/r1/x.csv").toString());

        for (String escaping : List.of("/etc/passwd", "../secret.smi", "sets/../../secret.smi")) {
            assertThatThrownBy(() -> server.apply(workflow(escaping, "a.csv", "b.csv"), catalog))
                    .isInstanceOfSatisfying(FileBindingException.class, e -> assertThat(e.problems())
                            .extracting(ValidationProblem::location).containsExactly("nodes[read].parameters.path"));
        }
        assertThatThrownBy(() -> server.apply(workflow("in.smi", "a/out.csv", "b/out.csv"), catalog))
                .hasMessageContaining("node 'copy' writes 'out.csv' like node 'write'");
    }

    @Test
    void aBoundInputWinsAndEveryMistakeIsNamed() {
        Workflow bound = FileBindings.inputs(Map.of("read", Path.of("/uploads/ab/cd/abcd"))).sourcesIn(data).outputsIn(run).confined()
                .apply(workflow("/anything", "a.csv", "b.csv"), catalog);
        assertThat(path(bound, "read")).isEqualTo(Path.of("/uploads/ab/cd/abcd").toString());
        assertThatThrownBy(() -> FileBindings.inputs(Map.of("write", Path.of("/x"), "nothing", Path.of("/y"))).apply(workflow("in", "a", "b"), catalog))
                .isInstanceOfSatisfying(FileBindingException.class, e -> assertThat(e.problems()).extracting(ValidationProblem::location)
                        .containsExactlyInAnyOrder("inputs.write", "inputs.nothing"))
                .hasMessageContaining("node 'write' (test.write-file) does not read a file")
                .hasMessageContaining("the workflow has no node 'nothing'");
    }
}
