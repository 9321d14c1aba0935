package org.retort.node.chem.similarity;

import org.retort.node.chem.internal.Structures;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Map;
import org.openscience.cdk.exception.CDKException;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;

/** Adds a fingerprint column (ECFP4, ECFP6, MACCS or PubChem) and, for small sizes, one 0/1 column per bit. */
@Component(service = NodeType.class)
@Node(id = "retort.chem.fingerprints", version = "1.0.0", title = "Fingerprints", category = "Chemistry",
        tags = {"fingerprint", "ecfp", "morgan", "maccs", "pubchem", "features"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Molecules."),
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "The input plus a JSON column of on bits named after the fingerprint, e.g. ecfp4_2048."))
public final class Fingerprints implements StreamingNode<Fingerprints.Params> {

    /** The largest fingerprint that may be expanded into one column per bit. */
    static final int MAX_EXPANDED = 2048;

    public record Params(
            @Param(title = "Molecule column", columnOf = "in", defaultValue = "", description = "Empty: the first molecule column.") String column,
            @Param(title = "Fingerprint", defaultValue = "ECFP4") FingerprintType type,
            @Param(title = "Size", defaultValue = "2048", min = 512, max = 4096,
                    description = "Bits of ECFP4/ECFP6 (MACCS has 166, PubChem 881).") int size,
            @Param(title = "Expand", defaultValue = "false",
                    description = "Also add one INTEGER 0/1 column per bit (<name>_0, <name>_1…), for machine learning; at most 2048 bits.") boolean expand) {
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) throws CDKException {
        int molecules = Structures.column(chunk.schema(), params.column());
        Fingerprinter fingerprinter = Fingerprinter.of(params.type(), params.size());
        return chunk.map(output(chunk.schema(), params, fingerprinter), row -> {
            BitSet bits = fingerprinter.bits(Structures.of(row, molecules));
            if (!params.expand()) {
                return row.append(Fingerprinter.json(bits));
            }
            var cells = new ArrayList<Object>(fingerprinter.size() + 1);
            cells.add(Fingerprinter.json(bits));
            for (int i = 0; i < fingerprinter.size(); i++) {
                cells.add(bits.get(i) ? 1L : 0L);
            }
            return row.append(cells.toArray());
        });
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        Structures.column(in, params.column());
        try {
            return Map.of("out", output(in, params, Fingerprinter.of(params.type(), params.size())));
        } catch (CDKException e) {
            throw new IllegalArgumentException("cannot create the " + params.type() + " fingerprinter: " + e.getMessage(), e);
        }
    }

    static Schema output(Schema in, Params params, Fingerprinter fingerprinter) {
        var columns = new ArrayList<Column>();
        columns.add(Column.of(fingerprinter.name(), ColumnType.JSON));
        if (params.expand()) {
            if (fingerprinter.size() > MAX_EXPANDED) {
                throw new IllegalArgumentException("expanding " + fingerprinter.size() + " bits into columns is refused (at most "
                        + MAX_EXPANDED + "); choose a smaller size");
            }
            for (int i = 0; i < fingerprinter.size(); i++) {
                columns.add(Column.of(fingerprinter.name() + "_" + i, ColumnType.INTEGER));
            }
        }
        return in.plus(columns.toArray(Column[]::new));
    }
}
