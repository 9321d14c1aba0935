package org.retort.node.chem.descriptors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the NCI reference data shipped in the test resources (see DATA-LICENSE.md there). */
final class NciReference {

    /** One SD record: its molfile and its Daylight properties. */
    record Record(int number, String molfile, Map<String, String> properties) {
        double number(String property) {
            return Double.parseDouble(properties.get(property));
        }
    }

    /** One line of the TPSA file: SMILES and Ertl/Daylight TPSA. */
    record Tpsa(String smiles, double tpsa) {
    }

    private static final Pattern PROPERTY = Pattern.compile(">\\s+<([^>]+)>[^\\n]*\\n([^\\n]*)\\n");
    /** An atom of a SMILES: a bracket atom or an organic-subset symbol. */
    private static final Pattern ATOM = Pattern.compile("\\[[^\\]]+\\]|Br|Cl|[BCNOPSFI]|[bcnops]");
    private static final Pattern HYDROGEN = Pattern.compile("\\[\\d*H(?![a-z]).*");

    private NciReference() {
    }

    static List<Record> props() throws IOException {
        String text = read("nci_first_200.props.sdf");
        var records = new ArrayList<Record>();
        for (String block : text.split("\\$\\$\\$\\$\\n")) {
            if (block.isBlank()) {
                continue;
            }
            int end = block.indexOf("M  END") + "M  END\n".length();
            var properties = new HashMap<String, String>();
            Matcher m = PROPERTY.matcher(block.substring(end));
            while (m.find()) {
                properties.put(m.group(1), m.group(2).strip());
            }
            records.add(new Record(records.size() + 1, block.substring(0, end), properties));
        }
        return records;
    }

    static List<Tpsa> tpsa() throws IOException {
        var rows = new ArrayList<Tpsa>();
        for (String line : read("nci_first_5k.tpsa.csv").split("\\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            rows.add(new Tpsa(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1).strip())));
        }
        return rows;
    }

    /** Heavy atoms counted in a SMILES string, independently of any toolkit: atoms other than hydrogen. */
    static int heavyAtomsOfSmiles(String smiles) {
        int count = 0;
        Matcher m = ATOM.matcher(smiles);
        while (m.find()) {
            if (!HYDROGEN.matcher(m.group()).matches()) {
                count++;
            }
        }
        return count;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = NciReference.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
