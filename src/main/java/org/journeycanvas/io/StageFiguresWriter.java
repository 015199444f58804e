package org.journeycanvas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.journeycanvas.model.StageFigures;

/**
 * A stage's {@code figures} in the canonical form: left out when there are none (so a map without figures is
 * written as before them), else every key in a fixed order, null for a figure not known. A whole number is
 * written without a fraction ({@code 62}, not {@code 62.0}).
 */
final class StageFiguresWriter {
    private StageFiguresWriter() {}

    static void write(JsonGenerator json, StageFigures figures) throws IOException {
        if (figures.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("figures");
        if (figures.entered() == null) {
            json.writeNullField("entered");
        } else {
            json.writeNumberField("entered", figures.entered());
        }
        number(json, "conversion", figures.conversion());
        number(json, "csat", figures.csat());
        number(json, "nps", figures.nps());
        number(json, "time", figures.time() == null ? null : figures.time().amount());
        json.writeStringField(
                "timeUnit",
                figures.time() == null ? null : figures.time().unit().name());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(field, value.longValue());
        } else {
            json.writeNumberField(field, value);
        }
    }
}
