package org.retort.node.ml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;
import org.retort.api.util.ContextClassLoader;
import org.tribuo.Model;

/**
 * A trained model with what it needs to be applied and judged, as it travels on a {@code MODEL} port:
 * one row of {@link #SCHEMA}. The model itself is Tribuo's protobuf serialization, base64-encoded, so
 * the row is plain data (storable, cacheable, comparable) and no class crosses bundles.
 *
 * @param features      the feature columns, in the order the model was given them
 * @param threshold     the class threshold of a thresholded classification, else empty
 * @param positiveClass the class AUC and F1 refer to (classification), else empty
 * @param metrics       the metrics of the model on its own training rows
 * @param trainingHash  SHA-256 of the training features and targets ({@link Examples#contentHash})
 * @param provenance    Tribuo's provenance of the model, as OLCUT's JSON, unchanged
 * @param domain        the applicability domain of the training rows; {@code null} for a model row from before
 *                      Retort kept it (column {@code domain} absent or empty)
 */
record TrainedModel(Model<?> model, Task task, Algorithm algorithm, String target, List<String> features, String threshold,
        String positiveClass, Map<String, Double> metrics, long trainingRows, String trainingHash, String provenance, Domain domain) {

    /** The serialization in the {@code model} column. */
    static final String FORMAT = "tribuo-4.3-protobuf-base64";

    /** The column model rows written before applicability domains were kept lack; every other column is required. */
    static final String DOMAIN = "domain";

    static final Schema SCHEMA = Schema.of(
            Column.of("model", ColumnType.STRING), Column.of("format", ColumnType.STRING),
            Column.of("task", ColumnType.STRING), Column.of("algorithm", ColumnType.STRING),
            Column.of("target", ColumnType.STRING), Column.of("features", ColumnType.JSON),
            Column.of("threshold", ColumnType.STRING), Column.of("positive_class", ColumnType.STRING),
            Column.of("metrics", ColumnType.JSON), Column.of("training_rows", ColumnType.INTEGER),
            Column.of("training_hash", ColumnType.STRING), Column.of("provenance", ColumnType.JSON), Column.of(DOMAIN, ColumnType.JSON));

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Tribuo's provenance of {@code model} as JSON. */
    static String provenanceJson(Model<?> model) {
        return provenanceJson(model.getProvenance());
    }

    /** A Tribuo provenance (of a model, a trainer) as OLCUT's JSON. */
    static String provenanceJson(ObjectProvenance provenance) {
        return ContextClassLoader.call(Model.class, () -> new JsonProvenanceSerialization(true)
                .serializeToString(ProvenanceUtil.marshalProvenance(provenance)));
    }

    Row toRow(long recordNumber) {
        var bytes = new ByteArrayOutputStream();
        try {
            ContextClassLoader.run(Model.class, () -> {
                model.serializeToStream(bytes);
                return null;
            });
            var finite = new LinkedHashMap<String, Double>();
            metrics.forEach((k, v) -> finite.put(k, Double.isFinite(v) ? v : null));
            return Row.of(recordNumber, Base64.getEncoder().encodeToString(bytes.toByteArray()), FORMAT, task.name(), algorithm.name(),
                    target, JSON.writeValueAsString(features), threshold, positiveClass, JSON.writeValueAsString(finite),
                    trainingRows, trainingHash, provenance, domain == null ? null : domain.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the model: " + e.getMessage(), e);
        }
    }

    Table toTable() {
        return new Table(SCHEMA, List.of(toRow(1)));
    }

    /** The model of the first row of a {@code MODEL} table; throws {@link IllegalArgumentException} when there is none or it cannot be read. */
    static TrainedModel from(Table table) {
        if (table == null || table.goodRows().isEmpty()) {
            throw new IllegalArgumentException("the model input holds no model");
        }
        Schema schema = table.schema();
        for (String name : SCHEMA.names()) {
            if (schema.indexOf(name) < 0 && !name.equals(DOMAIN)) {
                throw new IllegalArgumentException("the model input is not a Retort model table: no column '" + name + "'");
            }
        }
        Row row = table.goodRows().get(0);
        String format = row.string(schema.index("format"));
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("model format '" + format + "' is not " + FORMAT);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(row.string(schema.index("model")));
            Model<?> model = ContextClassLoader.call(Model.class, () -> Model.deserializeFromStream(new ByteArrayInputStream(bytes)));
            Map<String, Double> metrics = JSON.readValue(row.string(schema.index("metrics")), new TypeReference<LinkedHashMap<String, Double>>() { });
            metrics.replaceAll((k, v) -> v == null ? Double.NaN : v);
            return new TrainedModel(model, Task.valueOf(row.string(schema.index("task"))), Algorithm.valueOf(row.string(schema.index("algorithm"))),
                    row.string(schema.index("target")), JSON.readValue(row.string(schema.index("features")), new TypeReference<List<String>>() { }),
                    row.string(schema.index("threshold")), row.string(schema.index("positive_class")), metrics,
                    (Long) row.get(schema.index("training_rows")), row.string(schema.index("training_hash")), row.string(schema.index("provenance")),
                    schema.indexOf(DOMAIN) < 0 ? null : Domain.fromJson(row.string(schema.index(DOMAIN))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the model row cannot be read: " + e.getOriginalMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the model cannot be read: " + e.getMessage(), e);
        }
    }
}
