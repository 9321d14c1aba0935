package org.retort.node.chem.interference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 480 PAINS alerts, read once from the resource {@code wehi_pains.csv} shipped beside this class. */
final class PainsCatalog {

    static final String RESOURCE = "wehi_pains.csv";
    /** A line: {@code "SMARTS","<regId=name(hits)>"}. */
    private static final Pattern LINE = Pattern.compile("^\"([^\"]+)\",\"<regId=(.+)\\((\\d+)\\)>\"$");

    private static final List<PainsAlert> ALERTS = load();

    private PainsCatalog() {
    }

    /** Every alert, in file order. */
    static List<PainsAlert> alerts() {
        return ALERTS;
    }

    static List<PainsAlert> parse(BufferedReader reader) throws IOException {
        var alerts = new ArrayList<PainsAlert>(480);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new IOException(RESOURCE + " line " + number + " is not \"SMARTS\",\"<regId=name(hits)>\": " + line);
            }
            alerts.add(new PainsAlert(alerts.size(), m.group(2), Integer.parseInt(m.group(3)), m.group(1)));
        }
        return List.copyOf(alerts);
    }

    private static List<PainsAlert> load() {
        try (InputStream in = PainsCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing beside " + PainsCatalog.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
