package org.retort.node.chem.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.BarrierNode;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.node.chem.internal.Structures;

/** Tanimoto similarity of each molecule to a query molecule or to its nearest neighbour in a reference table, with threshold and top-k. */
@Component(service = NodeType.class)
@Node(id = "retort.chem.similarity", version = "1.0.0", title = "Similarity search", category = "Chemistry",
        tags = {"similarity", "tanimoto", "nearest neighbour", "top-k", "fingerprint"},
        inputs = {@Port(name = "in", type = PortType.MOLECULES, description = "Molecules to score."),
                  @Port(name = "reference", type = PortType.MOLECULES, required = false,
                        description = "Optional: score against the nearest of these instead of a query SMILES.")},
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "Molecules at or above the threshold, most similar first, with similarity (and nearest_reference)."))
public final class Similarity implements BarrierNode<Similarity.Params> {

    public record Params(
            @Param(title = "Molecule column", columnOf = "in", defaultValue = "", description = "Empty: the first molecule column.") String column,
            @Param(title = "Query SMILES", defaultValue = "", description = "The query molecule; leave empty when a reference table is connected.") String query,
            @Param(title = "Reference molecule column", columnOf = "reference", defaultValue = "", advanced = true) String referenceColumn,
            @Param(title = "Reference id column", columnOf = "reference", defaultValue = "",
                    description = "Names the nearest reference; empty: its record number.") String referenceId,
            @Param(title = "Fingerprint", defaultValue = "ECFP4") FingerprintType type,
            @Param(title = "Size", defaultValue = "2048", min = 512, max = 4096, advanced = true) int size,
            @Param(title = "Threshold", defaultValue = "0", min = 0, max = 1, description = "Keep molecules at least this similar.") double threshold,
            @Param(title = "Top k", defaultValue = "0", min = 0, description = "Keep the k most similar; 0 keeps all.") int topK) {
    }

    @Override
    public Map<String, Table> process(Map<String, Table> inputs, Params params, NodeContext context) throws CDKException {
        Table in = inputs.get("in");
        Table reference = inputs.get("reference");
        boolean byReference = reference != null && reference.schema().size() > 0;
        Fingerprinter fingerprinter = Fingerprinter.of(params.type(), params.size());
        NearestNeighbours references = byReference ? references(reference, params, fingerprinter, context) : query(params, fingerprinter);
        int molecules = Structures.column(in.schema(), params.column());
        Schema out = output(in.schema(), byReference);
        Table scored = in.map(out, row -> {
            context.throwIfCancelled();
            var nearest = references.nearest(fingerprinter.bits(Structures.of(row, molecules)));
            return byReference ? row.append(nearest.similarity(), nearest.id()) : row.append(nearest.similarity());
        });
        var candidates = new ArrayList<NearestNeighbours.Scored<Row>>();
        var rows = new ArrayList<Row>(scored.failedRows());
        for (Row row : scored.goodRows()) {
            candidates.add(new NearestNeighbours.Scored<>(row, row.number(in.schema().size()), candidates.size()));
        }
        NearestNeighbours.select(candidates, params.threshold(), params.topK()).forEach(s -> rows.add(s.item()));
        return Map.of("out", new Table(out, rows));
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        Structures.column(in, params.column());
        Schema reference = inputs.get("reference");
        if (reference != null) {
            if (!params.query().isBlank()) {
                throw new IllegalArgumentException("give either a query SMILES or a reference table, not both");
            }
            Structures.column(reference, params.referenceColumn());
            if (!params.referenceId().isEmpty()) {
                reference.index(params.referenceId());
            }
        } else {
            parseQuery(params.query());
        }
        return Map.of("out", output(in, reference != null));
    }

    static Schema output(Schema in, boolean byReference) {
        Schema out = in.plus(Column.of("similarity", ColumnType.DOUBLE));
        return byReference ? out.plus(Column.of("nearest_reference", ColumnType.STRING)) : out;
    }

    private static NearestNeighbours query(Params params, Fingerprinter fingerprinter) throws CDKException {
        var query = new NearestNeighbours();
        query.add(fingerprinter.bits(parseQuery(params.query())), "query");
        return query;
    }

    private static NearestNeighbours references(Table reference, Params params, Fingerprinter fingerprinter, NodeContext context) {
        int molecules = Structures.column(reference.schema(), params.referenceColumn());
        int id = params.referenceId().isEmpty() ? -1 : reference.schema().index(params.referenceId());
        var references = new NearestNeighbours();
        List<String> skipped = new ArrayList<>();
        for (Row row : reference.goodRows()) {
            try {
                references.add(fingerprinter.bits(Structures.of(row, molecules)),
                        id < 0 ? Long.toString(row.recordNumber()) : row.string(id));
            } catch (CDKException | RuntimeException e) {
                skipped.add("record " + row.recordNumber() + ": " + e.getMessage());
            }
        }
        if (!skipped.isEmpty()) {
            context.warn(skipped.size() + " reference molecules skipped, first " + skipped.get(0));
            context.count("references skipped", skipped.size());
        }
        return references;
    }

    private static IAtomContainer parseQuery(String smiles) {
        if (smiles.isBlank()) {
            throw new IllegalArgumentException("give a query SMILES or connect a reference table");
        }
        try {
            return Structures.parse(Molecule.smiles(smiles));
        } catch (CDKException e) {
            throw new IllegalArgumentException("invalid query SMILES '" + smiles + "': " + e.getMessage(), e);
        }
    }
}
