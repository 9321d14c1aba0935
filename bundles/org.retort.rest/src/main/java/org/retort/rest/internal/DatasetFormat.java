package org.retort.rest.internal;

import java.util.Locale;
import org.retort.web.ProblemException;

/** The file formats a dataset version may have, named by {@code ?format=} or the file name's extension. */
enum DatasetFormat {

    SMILES("smiles", "chemical/x-daylight-smiles", ".smi", ".smiles"),
    CSV("csv", "text/csv", ".csv", ".tsv"),
    SDF("sdf", "chemical/x-mdl-sdfile", ".sdf", ".sd");

    /** The name stored with a version and accepted by {@code ?format=}. */
    final String id;
    final String mediaType;
    private final String[] extensions;

    DatasetFormat(String id, String mediaType, String... extensions) {
        this.id = id;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** {@code format} when given, otherwise the one {@code fileName}'s extension names (a {@code .gz} after it is allowed); 400 when neither does. */
    static DatasetFormat of(String format, String fileName) {
        if (format != null && !format.isBlank()) {
            for (DatasetFormat f : values()) {
                if (f.id.equalsIgnoreCase(format.strip()) || (f == SDF && "sd".equalsIgnoreCase(format.strip()))) {
                    return f;
                }
            }
            throw unknown("format '" + format + "'");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (DatasetFormat f : values()) {
            for (String extension : f.extensions) {
                if (name.endsWith(extension)) {
                    return f;
                }
            }
        }
        throw unknown("file name '" + fileName + "'");
    }

    /** The stored name, back to the format; {@code null} for anything else. */
    static DatasetFormat stored(String id) {
        for (DatasetFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }

    private static ProblemException unknown(String what) {
        return new ProblemException(400, "Unknown format", "The " + what + " names no dataset format. Accepted: ?format=smiles"
                + " (.smi, .smiles), ?format=csv (.csv, .tsv) or ?format=sdf (.sdf, .sd), each optionally gzipped (.gz).");
    }
}
