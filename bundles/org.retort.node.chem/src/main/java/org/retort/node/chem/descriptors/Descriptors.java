package org.retort.node.chem.descriptors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Column;
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

/** Molecular descriptors and drug-likeness rules on CDK; the definitions are in {@code Descriptors.md}. */
@Component(service = NodeType.class)
@Node(id = "retort.chem.descriptors", version = "1.0.0", title = "Descriptors", category = "Chemistry",
        tags = {"descriptor", "mw", "logp", "tpsa", "lipinski", "veber"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Molecules."),
        outputs = @Port(name = "out", type = PortType.MOLECULES, description = "The input plus one column per chosen descriptor."))
public final class Descriptors implements StreamingNode<Descriptors.Params> {

    public record Params(
            @Param(title = "Molecule column", columnOf = "in", defaultValue = "", description = "Empty: the first molecule column.") String column,
            @Param(title = "Molecular weight", description = "mw: average, g/mol.", defaultValue = "true") boolean mw,
            @Param(title = "Exact mass", description = "exact_mass: monoisotopic.", defaultValue = "true") boolean exactMass,
            @Param(title = "Formula", description = "formula: Hill order.", defaultValue = "true") boolean formula,
            @Param(title = "Heavy atoms", description = "heavy_atoms: non-hydrogen atoms.", defaultValue = "true") boolean heavyAtoms,
            @Param(title = "XLogP", description = "xlogp: CDK's XLogP (Wang et al.).", defaultValue = "true") boolean xlogp,
            @Param(title = "ALogP", description = "alogp: Ghose-Crippen (CDK).", defaultValue = "false") boolean alogp,
            @Param(title = "TPSA", description = "tpsa: Ertl, N and O only.", defaultValue = "true") boolean tpsa,
            @Param(title = "TPSA with S and P", description = "tpsa_sp: Ertl with S and P contributions (as CDK).", defaultValue = "false", advanced = true) boolean tpsaSp,
            @Param(title = "Lipinski donors/acceptors", description = "hbd_lipinski (NH+OH), hba_lipinski (N+O).", defaultValue = "true") boolean lipinskiCounts,
            @Param(title = "CDK donors/acceptors", description = "hbd_cdk, hba_cdk: CDK's pharmacophore-style counts.", defaultValue = "false") boolean cdkCounts,
            @Param(title = "Rotatable bonds", description = "rotatable_bonds: CDK, terminal bonds excluded.", defaultValue = "true") boolean rotatableBonds,
            @Param(title = "Rings", description = "rings (SSSR) and aromatic_rings.", defaultValue = "true") boolean rings,
            @Param(title = "Fsp3", description = "fsp3: sp3 carbons / carbons.", defaultValue = "true") boolean fsp3,
            @Param(title = "Formal charge", description = "formal_charge: net.", defaultValue = "true") boolean formalCharge,
            @Param(title = "Lipinski rule of five", description = "lipinski_violations and lipinski_pass (at most one violation).", defaultValue = "true") boolean lipinski,
            @Param(title = "Veber rule", description = "veber_pass: rotatable bonds <= 10 and TPSA <= 140.", defaultValue = "true") boolean veber) {

        /** The chosen descriptors in output order. */
        List<Descriptor> chosen() {
            Set<Descriptor> set = EnumSet.noneOf(Descriptor.class);
            add(set, mw, Descriptor.MW);
            add(set, exactMass, Descriptor.EXACT_MASS);
            add(set, formula, Descriptor.FORMULA);
            add(set, heavyAtoms, Descriptor.HEAVY_ATOMS);
            add(set, xlogp, Descriptor.XLOGP);
            add(set, alogp, Descriptor.ALOGP);
            add(set, tpsa, Descriptor.TPSA);
            add(set, tpsaSp, Descriptor.TPSA_SP);
            add(set, lipinskiCounts, Descriptor.HBD_LIPINSKI, Descriptor.HBA_LIPINSKI);
            add(set, cdkCounts, Descriptor.HBD_CDK, Descriptor.HBA_CDK);
            add(set, rotatableBonds, Descriptor.ROTATABLE_BONDS);
            add(set, rings, Descriptor.RINGS, Descriptor.AROMATIC_RINGS);
            add(set, fsp3, Descriptor.FSP3);
            add(set, formalCharge, Descriptor.FORMAL_CHARGE);
            add(set, lipinski, Descriptor.LIPINSKI_VIOLATIONS, Descriptor.LIPINSKI_PASS);
            add(set, veber, Descriptor.VEBER_PASS);
            if (set.isEmpty()) {
                throw new IllegalArgumentException("choose at least one descriptor");
            }
            return List.copyOf(set);
        }

        private static void add(Set<Descriptor> set, boolean chosen, Descriptor... descriptors) {
            if (chosen) {
                set.addAll(List.of(descriptors));
            }
        }
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        int column = Structures.column(chunk.schema(), params.column());
        List<Descriptor> chosen = params.chosen();
        Schema out = schema(chunk.schema(), chosen);
        long[] missing = new long[1];
        Table result = ContextClassLoader.call(XLogPDescriptor.class, () -> chunk.map(out, row -> {
            IAtomContainer structure = Structures.of(row.molecule(column));
            var calculation = new Calculation(structure, CdkDescriptors.get());
            Object[] values = new Object[chosen.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = chosen.get(i).valueOrNull(calculation);
                if (values[i] == null) {
                    missing[0]++;
                }
            }
            return row.append(values);
        }));
        if (missing[0] > 0) {
            context.count("descriptor values missing", missing[0]);
        }
        return result;
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        Structures.column(in, params.column());
        return Map.of("out", schema(in, params.chosen()));
    }

    private static Schema schema(Schema in, List<Descriptor> chosen) {
        var columns = new ArrayList<Column>(chosen.size());
        for (Descriptor descriptor : chosen) {
            if (in.indexOf(descriptor.column().name()) >= 0) {
                throw new IllegalArgumentException("the input already has a column '" + descriptor.column().name() + "'");
            }
            columns.add(descriptor.column());
        }
        return in.plus(columns.toArray(Column[]::new));
    }
}
