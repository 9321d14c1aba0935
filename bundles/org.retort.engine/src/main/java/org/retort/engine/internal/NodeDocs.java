package org.retort.engine.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.retort.engine.NodeDescriptor;
import org.retort.engine.ParameterDescriptor;
import org.retort.engine.PortDescriptor;

/** Generates a node type's Markdown page from its descriptor, so docs never drift from the code. */
public final class NodeDocs {

    private NodeDocs() {
    }

    /** The page for {@code node}. */
    public static String markdown(NodeDescriptor node) {
        var md = new StringBuilder();
        md.append("# ").append(node.title()).append("\n\n");
        md.append("`").append(node.id()).append("` · version ").append(node.version()).append(" · ")
                .append(node.category()).append(" · ").append(node.kind().name().toLowerCase()).append('\n');
        if (!node.tags().isEmpty()) {
            md.append("\nTags: ").append(String.join(", ", node.tags())).append('\n');
        }
        if (!node.docs().isBlank()) {
            md.append('\n').append(node.docs().strip()).append('\n');
        }
        ports(md, "Inputs", node.inputs(), true);
        ports(md, "Outputs", node.outputs(), false);
        if (!node.parameters().isEmpty()) {
            md.append("\n## Parameters\n\n| name | type | default | description |\n|---|---|---|---|\n");
            for (ParameterDescriptor p : node.parameters()) {
                md.append("| `").append(p.name()).append("` | ").append(type(p)).append(" | ")
                        .append(p.required() ? "*required*" : p.secret() ? "*secret*" : "`" + p.defaultValue() + "`")
                        .append(" | ").append(cell(describe(p))).append(" |\n");
            }
        }
        return md.toString();
    }

    private static void ports(StringBuilder md, String heading, List<PortDescriptor> ports, boolean inputs) {
        if (ports.isEmpty()) {
            return;
        }
        md.append("\n## ").append(heading).append("\n\n| port | type | description |\n|---|---|---|\n");
        for (PortDescriptor port : ports) {
            md.append("| `").append(port.name()).append("` | ").append(port.type())
                    .append(inputs && !port.required() ? " (optional)" : "").append(" | ").append(cell(port.description())).append(" |\n");
        }
    }

    private static String type(ParameterDescriptor p) {
        return switch (p.type()) {
            case ENUM -> p.enumValues().stream().collect(Collectors.joining(" \\| "));
            default -> p.type().name().toLowerCase();
        };
    }

    private static String describe(ParameterDescriptor p) {
        String text = p.title() + (p.description().isEmpty() ? "" : ": " + p.description());
        String notes = notes(p);
        return notes.isEmpty() ? text : (text.endsWith(".") ? text : text + ".") + notes;
    }

    private static String notes(ParameterDescriptor p) {
        var notes = new StringBuilder();
        if (Double.isFinite(p.min()) || Double.isFinite(p.max())) {
            notes.append(" Range ").append(Double.isFinite(p.min()) ? fmt(p, p.min()) : "−∞").append(" … ")
                    .append(Double.isFinite(p.max()) ? fmt(p, p.max()) : "∞").append('.');
        }
        if (!p.pattern().isEmpty()) {
            notes.append(" Pattern `").append(p.pattern()).append("`.");
        }
        if (!p.columnOf().isEmpty()) {
            notes.append(" A column of input `").append(p.columnOf()).append("`.");
        }
        if (p.advanced()) {
            notes.append(" Advanced.");
        }
        return notes.toString();
    }

    private static String fmt(ParameterDescriptor p, double v) {
        return p.type() == ParameterDescriptor.Type.INTEGER ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
