package org.retort.node.chem.efficiency;

/**
 * Ligand-efficiency indices of one molecule from its pActivity; a value that is undefined (a division by
 * zero: no N or O atoms, no polar surface, no XLogP) is {@code null}.
 *
 * @param le   ligand efficiency, kcal/mol per heavy atom: {@code factor × pAct / HA} (Hopkins et al. 2004)
 * @param bei  binding efficiency index: {@code pAct / (MW in kDa)} (Abad-Zapatero & Metz 2005)
 * @param sei  surface efficiency index: {@code pAct / (TPSA / 100 Å²)} (Abad-Zapatero & Metz 2005)
 * @param nsei {@code pAct / NPOL} (Abad-Zapatero et al. 2010), NPOL as chosen
 * @param nbei {@code pAct + log10(HA)} (Abad-Zapatero et al. 2010), or the chosen variant
 * @param lle  lipophilic ligand efficiency {@code pAct − XLogP} (Leeson & Springthorpe 2007)
 */
record EfficiencyIndices(double le, double bei, Double sei, Double nsei, double nbei, Double lle) {

    /** The conventional LE factor, 2.303·R·T in kcal/mol (1.364 at 298.15 K, 1.373 at 300 K). */
    static final double LE_FACTOR = 1.37;

    static EfficiencyIndices of(double pActivity, MoleculeProperties m, double leFactor, Npol npol, Nbei nbei) {
        if (m.heavyAtoms() == 0) {
            throw new IllegalArgumentException("the molecule has no heavy atoms");
        }
        int polar = npol == Npol.N_PLUS_O ? m.nitrogenAndOxygen() : m.hydrogensOnNO() + m.nitrogenAndOxygen();
        return new EfficiencyIndices(
                leFactor * pActivity / m.heavyAtoms(),
                pActivity / (m.molecularWeight() / 1000),
                m.tpsa() > 0 ? pActivity / (m.tpsa() / 100) : null,
                polar > 0 ? pActivity / polar : null,
                nbei == Nbei.PACT_PLUS_LOG_HA ? pActivity + Math.log10(m.heavyAtoms()) : pActivity / m.heavyAtoms(),
                Double.isNaN(m.xlogp()) ? null : pActivity - m.xlogp());
    }
}
