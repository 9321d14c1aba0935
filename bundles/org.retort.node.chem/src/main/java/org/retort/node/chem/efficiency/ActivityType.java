package org.retort.node.chem.efficiency;

/** The kind of activity measured; recorded with the result, not used in the arithmetic. */
public enum ActivityType {
    IC50("IC50"), KI("Ki"), KD("Kd"), EC50("EC50");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    /** As usually written: IC50, Ki, Kd, EC50. */
    public String label() {
        return label;
    }
}
