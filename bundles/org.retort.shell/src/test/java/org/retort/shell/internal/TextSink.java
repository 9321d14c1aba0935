package org.retort.shell.internal;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.retort.api.data.Row;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.SinkNode;

/** A sink that writes each row's cells tab-separated: enough to see what a run delivered. */
@Node(id = "test.text-sink", version = "1.0.0", title = "Text sink", category = "Test",
        inputs = @Port(name = "in", type = PortType.TABLE))
public final class TextSink implements SinkNode<TextSink.Params> {

    public record Params(@Param(title = "File", defaultValue = "rows.txt") String path) {
    }

    @Override
    public ChunkWriter open(Params params, NodeContext context) throws Exception {
        Path path = Path.of(params.path());
        Files.createDirectories(path.toAbsolutePath().getParent());
        BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        return new ChunkWriter() {
            @Override
            public void write(Table chunk) throws Exception {
                for (Row row : chunk.rows()) {
                    writer.write(String.join("\t", row.values().stream().map(String::valueOf).toList()));
                    writer.newLine();
                }
            }

            @Override
            public void close() throws Exception {
                writer.close();
            }
        };
    }
}
