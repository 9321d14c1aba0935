package org.retort.node.chem.interference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;

class PainsMatcherTest {

    private static final EnumSet<PainsFamily> ALL = EnumSet.allOf(PainsFamily.class);

    /** One line of RDKit's test_set3.txt: the alert index, its SMARTS, a molecule that must hit it. */
    record Positive(int alert, String smarts, String smiles, String id) {
    }

    static List<Positive> positives() throws IOException {
        try (InputStream in = PainsMatcherTest.class.getResourceAsStream("pains_test_set3.txt")) {
            var positives = new ArrayList<Positive>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.strip().split("\\s+");
                    positives.add(new Positive(Integer.parseInt(f[0]), f[1], f[2], f[3]));
                }
            }
            return positives;
        }
    }

    /** The alert is identified by its index, as in RDKit's own test; 7 SMARTS of the test file predate later edits of the csv. */
    @Test
    void everyOneOfThe462KnownPositivesHitsItsAlert() throws Exception {
        List<Positive> positives = positives();
        assertThat(positives).hasSize(462);
        var missed = new ArrayList<String>();
        for (Positive p : positives) {
            List<PainsAlert> hits = PainsMatcher.hits(Structures.parse(Molecule.smiles(p.smiles())), ALL);
            if (hits.stream().noneMatch(a -> a.index() == p.alert())) {
                missed.add(p.id() + " should hit #" + p.alert() + " " + PainsCatalog.alerts().get(p.alert()).name());
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void cleanDrugsHitNothing() throws Exception {
        for (String drug : List.of("CC(=O)Oc1ccccc1C(=O)O", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "CC(C)Cc1ccc(cc1)C(C)C(=O)O")) {
            assertThat(PainsMatcher.hits(Structures.parse(Molecule.smiles(drug)), ALL)).as(drug).isEmpty();
        }
    }

    @Test
    void matchesOnACopyAndLeavesTheSharedStructureWithImplicitHydrogens() throws Exception {
        IAtomContainer rhodanine = Structures.parse(Molecule.smiles("O=C1/C(=C/c2ccccc2)SC(=S)N1"));
        int atoms = rhodanine.getAtomCount();
        assertThat(PainsMatcher.hits(rhodanine, ALL)).extracting(PainsAlert::name).contains("ene_rhod_A");
        assertThat(rhodanine.getAtomCount()).isEqualTo(atoms);
    }

    @Test
    void onlyTheChosenFamiliesAreReported() throws Exception {
        IAtomContainer rhodanine = Structures.parse(Molecule.smiles("O=C1/C(=C/c2ccccc2)SC(=S)N1"));
        assertThat(PainsMatcher.hits(rhodanine, EnumSet.of(PainsFamily.B, PainsFamily.C)))
                .extracting(PainsAlert::name).doesNotContain("ene_rhod_A");
    }

    @Test
    void givesTheSameAnswersFromSeveralThreadsAtOnce() throws Exception {
        List<Positive> positives = positives().subList(0, 120);
        Callable<List<List<Integer>>> job = () -> {
            var all = new ArrayList<List<Integer>>();
            for (Positive p : positives) {
                all.add(PainsMatcher.hits(Structures.parse(Molecule.smiles(p.smiles())), ALL).stream().map(PainsAlert::index).toList());
            }
            return all;
        };
        List<List<Integer>> expected = job.call();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<List<List<Integer>>>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(job));
            }
            for (Future<List<List<Integer>>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
