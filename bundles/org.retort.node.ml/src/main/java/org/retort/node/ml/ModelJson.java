package org.retort.node.ml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.retort.api.data.Column;
import org.retort.api.data.ColumnType;
import org.retort.api.data.Row;
import org.retort.api.data.Schema;
import org.retort.api.data.Table;

/**
 * The stored form of a model row (the artifact Register writes, {@code application/vnd.retort.model+json}): one JSON
 * object, column by column, the JSON columns kept as text, unchanged; and back to the {@code MODEL} table.
 */
final class ModelJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelJson() {
    }

    /** The model row as one JSON object; a column the row does not have (an older model's {@code domain}) is left out. */
    static byte[] write(Schema schema, Row row) {
        ObjectNode object = JSON.createObjectNode();
        for (String name : TrainedModel.SCHEMA.names()) {
            int index = schema.indexOf(name);
            if (index < 0) {
                continue;
            }
            Object value = row.get(index);
            if (value instanceof Long n) {
                object.put(name, n);
            } else {
                object.put(name, value == null ? null : value.toString());
            }
        }
        try {
            return JSON.writeValueAsString(object).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model as JSON", e);
        }
    }

    /**
     * The one-row {@code MODEL} table of a stored model; its columns are those the JSON has, in {@link TrainedModel#SCHEMA}
     * order, so a model stored before a column existed reads as it was.
     */
    static Table read(InputStream in, String what) {
        JsonNode object;
        try {
            object = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " is not a readable model: " + e.getMessage(), e);
        }
        if (object == null || !object.isObject()) {
            throw new IllegalArgumentException(what + " is not a model (no JSON object)");
        }
        var columns = new ArrayList<Column>();
        var values = new ArrayList<Object>();
        for (Column column : TrainedModel.SCHEMA.columns()) {
            JsonNode value = object.get(column.name());
            if (value == null) {
                continue;
            }
            columns.add(column);
            values.add(value.isNull() ? null : column.type() == ColumnType.INTEGER ? (Object) value.asLong() : value.asText());
        }
        return new Table(new Schema(columns), List.of(new Row(1, values, null)));
    }
}
