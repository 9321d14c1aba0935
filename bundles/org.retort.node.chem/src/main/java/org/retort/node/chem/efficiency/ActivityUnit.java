package org.retort.node.chem.efficiency;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A concentration unit of an activity value (IC50, Ki, Kd, EC50), with its factor to mol/L. */
public enum ActivityUnit {
    MOLAR("M", 1),
    MILLIMOLAR("mM", 1e-3),
    MICROMOLAR("µM", 1e-6),
    NANOMOLAR("nM", 1e-9),
    PICOMOLAR("pM", 1e-12);

    private final String symbol;
    private final double molar;

    ActivityUnit(String symbol, double molar) {
        this.symbol = symbol;
        this.molar = molar;
    }

    public String symbol() {
        return symbol;
    }

    /** The value in mol/L. */
    double toMolar(double value) {
        return value * molar;
    }

    /**
     * The unit written as in a data file: {@code M}, {@code mM}, {@code µM} (also {@code uM} and the Greek
     * {@code μM}), {@code nM}, {@code pM}; surrounding blanks ignored. Case matters: {@code MM} would be
     * megamolar and is refused, as is anything else.
     */
    static ActivityUnit parse(String text) {
        String unit = text == null ? "" : text.strip();
        return switch (unit) {
            case "M" -> MOLAR;
            case "mM" -> MILLIMOLAR;
            case "µM", "μM", "uM" -> MICROMOLAR;
            case "nM" -> NANOMOLAR;
            case "pM" -> PICOMOLAR;
            default -> throw new IllegalArgumentException((unit.isEmpty() ? "no unit" : "unknown unit '" + unit + "'")
                    + " (accepted: " + Arrays.stream(values()).map(ActivityUnit::symbol).collect(Collectors.joining(", "))
                    + ", uM)");
        };
    }
}
