package org.retort.node.chem.standardize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Molecule;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.node.Node;
import org.retort.api.node.NodeContext;
import org.retort.api.node.NodeType;
import org.retort.api.node.Param;
import org.retort.api.node.Port;
import org.retort.api.node.PortType;
import org.retort.api.node.StreamingNode;
import org.retort.api.util.ContextClassLoader;
import org.retort.node.chem.internal.Structures;

/** Validates and standardizes molecules; the rules are in {@code Standardize.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.chem.standardize", version = "1.0.0", title = "Validate and standardize", category = "Chemistry",
        tags = {"standardize", "salt", "neutralize", "canonical smiles", "inchi", "inchikey", "valence"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Molecules to check and standardize."),
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "Standardized molecules, plus original, standardization and the chosen InChI columns."))
public final class Standardize implements StreamingNode<Standardize.Params> {

    /** Which fragments to keep. */
    public enum FragmentPolicy {
        STRIP_SALTS_THEN_LARGEST, STRIP_SALTS, LARGEST_ORGANIC, KEEP_ALL
    }

    /** What an impossible valence does to the row. */
    public enum ValenceErrors {
        FAIL, FLAG
    }

    public record Params(
            @Param(title = "Molecule column", columnOf = "in", defaultValue = "", description = "Empty: the first molecule column.") String column,
            @Param(title = "Fragments", description = "Strip salts and solvents (RDKit's salt list), keep the largest organic fragment, both, or neither.",
                    defaultValue = "STRIP_SALTS_THEN_LARGEST") FragmentPolicy fragments,
            @Param(title = "Neutralize", description = "Move protons to neutralize charged N, O and S where a neutral form exists.",
                    defaultValue = "true") boolean neutralize,
            @Param(title = "Impossible valence", description = "FAIL sends the row to the failure port; FLAG keeps it and says so in the status.",
                    defaultValue = "FAIL") ValenceErrors valence,
            @Param(title = "Aromatic SMILES", description = "Write aromatic atoms in lower case; false writes Kekulé SMILES.",
                    defaultValue = "true", advanced = true) boolean aromaticSmiles,
            @Param(title = "InChI", description = "Add the standard InChI as column inchi.", defaultValue = "false") boolean inchi,
            @Param(title = "InChIKey", description = "Add the standard InChIKey as column inchikey (needed to find duplicates).",
                    defaultValue = "true") boolean inchikey) {
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) throws Exception {
        int column = Structures.column(chunk.schema(), params.column());
        Schema out = schema(chunk.schema(), params);
        var standardizer = new Standardizer(params.fragments(), SaltList.rdkit(), params.neutralize());
        return ContextClassLoader.call(InChIGeneratorFactory.class, () -> {
            var identifiers = new Identifiers(params.aromaticSmiles(),
                    params.inchi() || params.inchikey() ? InChIGeneratorFactory.getInstance() : null);
            long[] changed = new long[1];
            Table result = chunk.map(out, row -> {
                Row standardized = standardize(row, column, params, standardizer, identifiers);
                if (!"unchanged".equals(standardized.get(chunk.schema().size() + 1))) {
                    changed[0]++;
                }
                return standardized;
            });
            context.count("changed", changed[0]);
            return result;
        });
    }

    private static Row standardize(Row row, int column, Params params, Standardizer standardizer, Identifiers identifiers) throws Exception {
        Molecule original = row.molecule(column);
        if (original == null) {
            throw new IllegalArgumentException("no molecule");
        }
        IAtomContainer input = Structures.of(original);
        Standardizer.Result result = standardizer.standardize(input);
        if (!result.problems().isEmpty() && params.valence() == ValenceErrors.FAIL) {
            throw new IllegalArgumentException(String.join("; ", result.problems()));
        }
        Identifiers.Ids ids = identifiers.of(result.structure());
        List<String> notes = new ArrayList<>(result.changes());
        result.problems().forEach(p -> notes.add("flagged " + p));
        if (ids.inchiProblem() != null) {
            notes.add(ids.inchiProblem());
        }
        // the original's text only: its parsed structure is not needed downstream and would double the memory a row holds
        Molecule text = original.format() == Molecule.Format.SMILES ? Molecule.smiles(original.text()) : Molecule.molfile(original.text());
        var extra = new ArrayList<Object>(List.of(text, Identifiers.status(notes)));
        if (params.inchi()) {
            extra.add(ids.inchi());
        }
        if (params.inchikey()) {
            extra.add(ids.inchiKey());
        }
        return row.with(column, Molecule.of(ids.smiles(), Molecule.Format.SMILES, result.structure())).append(extra.toArray());
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        Structures.column(in, params.column());
        return Map.of("out", schema(in, params));
    }

    static Schema schema(Schema in, Params params) {
        var columns = new ArrayList<>(List.of(Column.of("original", ColumnType.MOLECULE), Column.of("standardization", ColumnType.STRING)));
        if (params.inchi()) {
            columns.add(Column.of("inchi", ColumnType.STRING));
        }
        if (params.inchikey()) {
            columns.add(Column.of("inchikey", ColumnType.STRING));
        }
        for (Column column : columns) {
            if (in.indexOf(column.name()) >= 0) {
                throw new IllegalArgumentException("the input already has a column '" + column.name() + "'");
            }
        }
        return in.plus(columns.toArray(Column[]::new));
    }
}
