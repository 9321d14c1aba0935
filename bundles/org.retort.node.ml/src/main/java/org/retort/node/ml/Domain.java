package org.retort.node.ml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * The applicability domain of a model: what its training rows looked like, kept with the model so Predict
 * can tell how far a new row is from them. Binary features (every training value 0 or 1, e.g. fingerprint
 * bits) keep the training rows as bit sets and measure the maximum Tanimoto similarity to them; other
 * features keep each feature's training range (the bounding box). Definitions in {@code Predict.md}.
 */
sealed interface Domain permits Domain.Tanimoto, Domain.Box {

    ObjectMapper JSON = new ObjectMapper();

    /**
     * Where a row lies.
     *
     * @param similarity its maximum similarity to the training rows, in [0, 1]; {@code null} when the method has none
     */
    record Assessment(boolean inside, Double similarity) {
    }

    /** Whether {@code v} lies in the domain: similarity at or above {@code threshold} (Tanimoto), or inside the box. */
    Assessment assess(double[] v, double threshold);

    /** The JSON of the {@code domain} column. */
    String toJson();

    /** The domain of the training rows {@code x} (no missing values, or NaN where a value was imputed). */
    static Domain of(double[][] x) {
        return binary(x) ? Tanimoto.of(x) : Box.of(x);
    }

    /** The domain written by {@link #toJson}; {@code null} for a blank column (a model from before domains were kept). */
    static Domain fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return switch (node.path("method").asText()) {
                case Tanimoto.METHOD -> Tanimoto.fromJson(node);
                case Box.METHOD -> Box.fromJson(node);
                default -> throw new IllegalArgumentException("unknown applicability-domain method '" + node.path("method").asText() + "'");
            };
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the model's domain column is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean binary(double[][] x) {
        for (double[] row : x) {
            for (double v : row) {
                if (v != 0 && v != 1) {
                    return false;
                }
            }
        }
        return x.length > 0;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the domain as JSON", e);
        }
    }

    /**
     * The training rows as bit sets ({@code words} longs per row, bit j = feature j is non-zero); similarity is
     * Tanimoto's |a∧b| / |a∨b| (1 when both are empty).
     */
    record Tanimoto(int features, long[][] rows) implements Domain {

        static final String METHOD = "tanimoto";

        static Tanimoto of(double[][] x) {
            int features = x[0].length;
            long[][] rows = new long[x.length][];
            for (int i = 0; i < x.length; i++) {
                rows[i] = bits(x[i]);
            }
            return new Tanimoto(features, rows);
        }

        static long[] bits(double[] v) {
            long[] words = new long[(v.length + 63) / 64];
            for (int j = 0; j < v.length; j++) {
                if (v[j] != 0 && !Double.isNaN(v[j])) {
                    words[j >>> 6] |= 1L << j;
                }
            }
            return words;
        }

        /** The maximum Tanimoto similarity of {@code v} to the training rows. */
        double similarity(double[] v) {
            long[] query = bits(v);
            int queryCount = 0;
            for (long w : query) {
                queryCount += Long.bitCount(w);
            }
            double best = 0;
            for (long[] row : rows) {
                int common = 0, count = 0;
                for (int k = 0; k < row.length; k++) {
                    common += Long.bitCount(row[k] & query[k]);
                    count += Long.bitCount(row[k]);
                }
                int union = count + queryCount - common;
                best = Math.max(best, union == 0 ? 1 : (double) common / union);
                if (best == 1) {
                    break;
                }
            }
            return best;
        }

        @Override
        public Assessment assess(double[] v, double threshold) {
            double similarity = similarity(v);
            return new Assessment(similarity >= threshold, similarity);
        }

        @Override
        public String toJson() {
            int words = (features + 63) / 64;
            ByteBuffer buffer = ByteBuffer.allocate(rows.length * words * Long.BYTES);
            for (long[] row : rows) {
                for (long w : row) {
                    buffer.putLong(w);
                }
            }
            ObjectNode node = JSON.createObjectNode().put("method", METHOD).put("features", features).put("rows", rows.length)
                    .put("bits", Base64.getEncoder().encodeToString(buffer.array()));
            return write(node);
        }

        static Tanimoto fromJson(JsonNode node) {
            int features = node.path("features").asInt();
            int n = node.path("rows").asInt();
            int words = (features + 63) / 64;
            ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(node.path("bits").asText()));
            if (buffer.remaining() != n * words * Long.BYTES) {
                throw new IllegalArgumentException("the model's domain holds " + buffer.remaining() + " bytes, not " + n + " rows of "
                        + features + " bits");
            }
            long[][] rows = new long[n][words];
            for (long[] row : rows) {
                for (int k = 0; k < words; k++) {
                    row[k] = buffer.getLong();
                }
            }
            return new Tanimoto(features, rows);
        }
    }

    /** Each feature's range over the training rows; a row is inside when every feature lies in its range. */
    record Box(double[] min, double[] max) implements Domain {

        static final String METHOD = "bounding_box";

        static Box of(double[][] x) {
            int d = x.length == 0 ? 0 : x[0].length;
            double[] min = new double[d], max = new double[d];
            Arrays.fill(min, Double.POSITIVE_INFINITY);
            Arrays.fill(max, Double.NEGATIVE_INFINITY);
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    if (!Double.isNaN(row[j])) {
                        min[j] = Math.min(min[j], row[j]);
                        max[j] = Math.max(max[j], row[j]);
                    }
                }
            }
            return new Box(min, max);
        }

        @Override
        public Assessment assess(double[] v, double threshold) {
            for (int j = 0; j < v.length; j++) {
                if (v[j] < min[j] || v[j] > max[j]) {
                    return new Assessment(false, null);
                }
            }
            return new Assessment(true, null);
        }

        @Override
        public String toJson() {
            ObjectNode node = JSON.createObjectNode().put("method", METHOD);
            var lo = node.putArray("min");
            var hi = node.putArray("max");
            for (int j = 0; j < min.length; j++) {
                lo.add(min[j]);
                hi.add(max[j]);
            }
            return write(node);
        }

        static Box fromJson(JsonNode node) {
            int d = node.path("min").size();
            double[] min = new double[d], max = new double[d];
            for (int j = 0; j < d; j++) {
                min[j] = node.path("min").get(j).asDouble();
                max[j] = node.path("max").get(j).asDouble();
            }
            return new Box(min, max);
        }
    }
}
