package org.retort.node.chem.efficiency;

import org.retort.node.chem.internal.Structures;
import java.util.Map;
import java.util.List;
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

/** pActivity and the ligand-efficiency indices LE, BEI, SEI, NSEI, nBEI and LLE of each molecule. */
@Component(service = NodeType.class)
@Node(id = "retort.chem.ligand-efficiency", version = "1.0.0", title = "Ligand efficiency", category = "Chemistry",
        tags = {"ligand efficiency", "LE", "BEI", "SEI", "LLE", "pIC50", "activity"},
        inputs = @Port(name = "in", type = PortType.MOLECULES, description = "Molecules with an activity value."),
        outputs = @Port(name = "out", type = PortType.MOLECULES,
                description = "The input plus activity_type, p_activity and one column per index."))
public final class LigandEfficiency implements StreamingNode<LigandEfficiency.Params> {

    /** How the value column is written. */
    public enum Values {
        /** A concentration (IC50, Ki…) in the unit of the unit column or parameter. */
        CONCENTRATION,
        /** Already a pActivity (−log10 mol/L, e.g. pIC50); units are ignored. */
        P_ACTIVITY
    }

    public record Params(
            @Param(title = "Molecule column", columnOf = "in", defaultValue = "", description = "Empty: the first molecule column.") String column,
            @Param(title = "Activity value column", columnOf = "in", description = "Numbers, or numeric text.") String valueColumn,
            @Param(title = "Values are", defaultValue = "CONCENTRATION") Values values,
            @Param(title = "Unit column", columnOf = "in", defaultValue = "",
                    description = "Units per row (M, mM, µM or uM, nM, pM). Empty: the fixed unit below.") String unitColumn,
            @Param(title = "Unit", defaultValue = "NANOMOLAR", description = "The unit of every value when no unit column is given.") ActivityUnit unit,
            @Param(title = "Activity type column", columnOf = "in", defaultValue = "",
                    description = "Recorded as given. Empty: the fixed type below.") String typeColumn,
            @Param(title = "Activity type", defaultValue = "IC50") ActivityType type,
            @Param(title = "NPOL of NSEI", defaultValue = "N_PLUS_O", advanced = true,
                    description = "N_PLUS_O (published) or the HBD_PLUS_HBA variant (column nsei_hbd_hba).") Npol npol,
            @Param(title = "nBEI", defaultValue = "PACT_PLUS_LOG_HA", advanced = true,
                    description = "PACT_PLUS_LOG_HA (published) or the PACT_PER_HA variant (column nbei_per_ha).") Nbei nbei,
            @Param(title = "LE factor", defaultValue = "1.37", min = 1, max = 2, advanced = true,
                    description = "2.303·R·T in kcal/mol; 1.37 by convention (1.364 at 298.15 K).") double leFactor) {
    }

    @Override
    public Table process(Table chunk, Params params, NodeContext context) {
        Schema in = chunk.schema();
        int molecules = Structures.column(in, params.column());
        int value = in.index(params.valueColumn());
        int unit = params.unitColumn().isEmpty() ? -1 : in.index(params.unitColumn());
        int type = params.typeColumn().isEmpty() ? -1 : in.index(params.typeColumn());
        return chunk.map(output(in, params), row -> {
            double number = PActivity.number(row.get(value));
            double pActivity = params.values() == Values.P_ACTIVITY ? checked(number)
                    : PActivity.of(number, unit < 0 ? params.unit() : ActivityUnit.parse(row.string(unit)));
            String activityType = type < 0 ? params.type().label() : blankToNull(row.string(type));
            var m = MoleculeProperties.of(Structures.of(row, molecules));
            var ix = EfficiencyIndices.of(pActivity, m, params.leFactor(), params.npol(), params.nbei());
            return row.append(activityType, pActivity, ix.le(), ix.bei(), ix.sei(), ix.nsei(), ix.nbei(), ix.lle());
        });
    }

    @Override
    public Map<String, Schema> configure(Map<String, Schema> inputs, Params params) {
        Schema in = inputs.get("in");
        Structures.column(in, params.column());
        require(in, params.valueColumn(), List.of(ColumnType.DOUBLE, ColumnType.INTEGER, ColumnType.STRING));
        if (!params.unitColumn().isEmpty()) {
            require(in, params.unitColumn(), List.of(ColumnType.STRING));
        }
        if (!params.typeColumn().isEmpty()) {
            require(in, params.typeColumn(), List.of(ColumnType.STRING));
        }
        return Map.of("out", output(in, params));
    }

    static Schema output(Schema in, Params params) {
        return in.plus(Column.of("activity_type", ColumnType.STRING), Column.of("p_activity", ColumnType.DOUBLE),
                Column.of("le", ColumnType.DOUBLE), Column.of("bei", ColumnType.DOUBLE), Column.of("sei", ColumnType.DOUBLE),
                Column.of(params.npol() == Npol.N_PLUS_O ? "nsei" : "nsei_hbd_hba", ColumnType.DOUBLE),
                Column.of(params.nbei() == Nbei.PACT_PLUS_LOG_HA ? "nbei" : "nbei_per_ha", ColumnType.DOUBLE),
                Column.of("lle_xlogp", ColumnType.DOUBLE));
    }

    private static void require(Schema in, String name, List<ColumnType> types) {
        ColumnType type = in.columns().get(in.index(name)).type();
        if (!types.contains(type)) {
            throw new IllegalArgumentException("column '" + name + "' holds " + type + "; expected one of " + types);
        }
    }

    private static double checked(double pActivity) {
        if (!Double.isFinite(pActivity)) {
            throw new IllegalArgumentException("pActivity " + pActivity + " is not a finite number");
        }
        return pActivity;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
