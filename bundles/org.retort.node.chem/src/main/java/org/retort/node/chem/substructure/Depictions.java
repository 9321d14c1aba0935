package org.retort.node.chem.substructure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.depict.Depiction;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObject;
import org.openscience.cdk.layout.StructureDiagramGenerator;

/** 2D depictions as SVG, with matched atoms and the bonds between them highlighted. */
final class Depictions {

    /** The highlight colour: a light blue outer glow, readable on white and in greyscale print. */
    static final Color HIGHLIGHT = new Color(0x66, 0xb3, 0xff);

    private Depictions() {
    }

    /**
     * An SVG of {@code target}, {@code size} × {@code size} pixels; see {@link #svg(IAtomContainer, List, int, int)}.
     */
    static String svg(IAtomContainer target, List<int[]> matches, int size) throws CDKException {
        return svg(target, matches, size, size);
    }

    /**
     * An SVG of {@code target}, {@code width} × {@code height} pixels. Lays the molecule out with CDK's
     * {@code StructureDiagramGenerator} unless every atom already has 2D coordinates (a drawn molfile).
     * Changes {@code target} (coordinates, highlight properties): pass a copy. The same molecule and
     * matches give the same bytes.
     */
    static String svg(IAtomContainer target, List<int[]> matches, int width, int height) throws CDKException {
        if (!has2d(target)) {
            new StructureDiagramGenerator().generateCoordinates(target);
        }
        DepictionGenerator generator = new DepictionGenerator().withSize(width, height).withFillToFit().withAtomColors();
        List<IChemObject> highlighted = highlighted(target, matches);
        if (!highlighted.isEmpty()) {
            generator = generator.withHighlight(highlighted, HIGHLIGHT).withOuterGlowHighlight();
        }
        Depiction depiction = generator.depict(target);
        return depiction.toSvgStr(Depiction.UNITS_PX);
    }

    /** The matched atoms, and each bond whose two atoms belong to the same match, in molecule order. */
    static List<IChemObject> highlighted(IAtomContainer target, List<int[]> matches) {
        boolean[] atoms = new boolean[target.getAtomCount()];
        boolean[] bonds = new boolean[target.getBondCount()];
        for (int[] match : matches) {
            boolean[] inMatch = new boolean[target.getAtomCount()];
            for (int index : match) {
                inMatch[index] = true;
                atoms[index] = true;
            }
            for (IBond bond : target.bonds()) {
                bonds[bond.getIndex()] |= inMatch[bond.getBegin().getIndex()] && inMatch[bond.getEnd().getIndex()];
            }
        }
        var objects = new ArrayList<IChemObject>();
        for (IAtom atom : target.atoms()) {
            if (atoms[atom.getIndex()]) {
                objects.add(atom);
            }
        }
        for (IBond bond : target.bonds()) {
            if (bonds[bond.getIndex()]) {
                objects.add(bond);
            }
        }
        return objects;
    }

    private static boolean has2d(IAtomContainer target) {
        for (IAtom atom : target.atoms()) {
            if (atom.getPoint2d() == null) {
                return false;
            }
        }
        return target.getAtomCount() > 0;
    }
}
