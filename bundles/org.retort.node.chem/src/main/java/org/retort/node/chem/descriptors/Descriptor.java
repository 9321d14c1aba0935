package org.retort.node.chem.descriptors;

import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;

/**
 * The descriptor columns, with their stable names and types, in output order. Each column is computed
 * by one function of a {@link Calculation}; a function that throws leaves the cell empty.
 */
enum Descriptor {
    MW("mw", ColumnType.DOUBLE, c -> round(c.mw(), 4)),
    EXACT_MASS("exact_mass", ColumnType.DOUBLE, c -> round(c.exactMass(), 5)),
    FORMULA("formula", ColumnType.STRING, Calculation::formula),
    HEAVY_ATOMS("heavy_atoms", ColumnType.INTEGER, c -> (long) c.heavyAtoms()),
    XLOGP("xlogp", ColumnType.DOUBLE, c -> round(c.xlogp(), 3)),
    ALOGP("alogp", ColumnType.DOUBLE, c -> round(c.alogp(), 4)),
    TPSA("tpsa", ColumnType.DOUBLE, c -> round(c.tpsa(), 2)),
    TPSA_SP("tpsa_sp", ColumnType.DOUBLE, c -> round(c.tpsaWithSulfurAndPhosphorus(), 2)),
    HBD_LIPINSKI("hbd_lipinski", ColumnType.INTEGER, c -> (long) c.lipinskiDonors()),
    HBA_LIPINSKI("hba_lipinski", ColumnType.INTEGER, c -> (long) c.lipinskiAcceptors()),
    HBD_CDK("hbd_cdk", ColumnType.INTEGER, c -> (long) c.cdkDonors()),
    HBA_CDK("hba_cdk", ColumnType.INTEGER, c -> (long) c.cdkAcceptors()),
    ROTATABLE_BONDS("rotatable_bonds", ColumnType.INTEGER, c -> (long) c.rotatableBonds()),
    RINGS("rings", ColumnType.INTEGER, c -> (long) c.rings()),
    AROMATIC_RINGS("aromatic_rings", ColumnType.INTEGER, c -> (long) c.aromaticRings()),
    FSP3("fsp3", ColumnType.DOUBLE, c -> round(c.fsp3(), 4)),
    FORMAL_CHARGE("formal_charge", ColumnType.INTEGER, c -> (long) c.formalCharge()),
    LIPINSKI_VIOLATIONS("lipinski_violations", ColumnType.INTEGER, c -> (long) c.lipinskiViolations()),
    LIPINSKI_PASS("lipinski_pass", ColumnType.BOOLEAN, c -> c.lipinskiViolations() <= 1),
    VEBER_PASS("veber_pass", ColumnType.BOOLEAN, Calculation::veber);

    /** Computes one value. */
    @FunctionalInterface
    interface Value {
        Object of(Calculation calculation) throws Exception;
    }

    private final Column column;
    private final Value value;

    Descriptor(String name, ColumnType type, Value value) {
        this.column = Column.of(name, type);
        this.value = value;
    }

    Column column() {
        return column;
    }

    /** The value, or {@code null} when this descriptor cannot be computed for the molecule. */
    Object valueOrNull(Calculation calculation) {
        try {
            return value.of(calculation);
        } catch (Exception e) {
            return null;
        }
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
