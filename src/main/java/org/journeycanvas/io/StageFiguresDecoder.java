package org.journeycanvas.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.MapInvariantException;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;

/**
 * A stage's optional {@code figures} object: absent or null is {@link StageFigures#NONE}. A figure of the wrong
 * type is a problem at its path; a value out of range is refused by the model, at its path too.
 */
final class StageFiguresDecoder {
    private StageFiguresDecoder() {}

    static StageFigures figures(JsonNode stage, JsonPath stagePath) throws FormatProblem {
        JsonNode node = stage.get("figures");
        if (node == null || node.isNull()) {
            return StageFigures.NONE;
        }
        JsonPath path = stagePath.field("figures");
        if (!node.isObject()) {
            throw new FormatProblem(
                    path.toString(), Messages.get("file.error.expectedObject", MapDecoder.describe(node)));
        }
        Long entered = count(node, "entered", path);
        Double conversion = number(node, "conversion", path);
        Double csat = number(node, "csat", path);
        Double nps = number(node, "nps", path);
        TimeSpent time = time(node, path);
        try {
            return new StageFigures(entered, conversion, csat, nps, time);
        } catch (MapInvariantException e) {
            MapInvariantException located = e.within(path.toString());
            throw new FormatProblem(located.path(), located.problem());
        }
    }

    private static TimeSpent time(JsonNode figures, JsonPath path) throws FormatProblem {
        Double amount = number(figures, "time", path);
        if (amount == null) {
            return null;
        }
        JsonNode unit = figures.get("timeUnit");
        if (unit == null || unit.isNull()) {
            throw new FormatProblem(path.toString(), Messages.get("file.error.missing", "timeUnit"));
        }
        try {
            return new TimeSpent(amount, TimeSpent.Unit.valueOf(unit.asText()));
        } catch (IllegalArgumentException e) {
            if (e instanceof MapInvariantException broken) {
                throw new FormatProblem(path.field("time").toString(), broken.problem());
            }
            throw new FormatProblem(
                    path.field("timeUnit").toString(),
                    Messages.get("file.error.unknownTimeUnit", MapDecoder.describe(unit), unitNames()));
        }
    }

    private static Long count(JsonNode figures, String field, JsonPath path) throws FormatProblem {
        JsonNode value = figures.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new FormatProblem(
                    path.field(field).toString(), Messages.get("file.error.expectedCount", MapDecoder.describe(value)));
        }
        return value.longValue();
    }

    private static Double number(JsonNode figures, String field, JsonPath path) throws FormatProblem {
        JsonNode value = figures.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new FormatProblem(
                    path.field(field).toString(),
                    Messages.get("file.error.expectedNumber", MapDecoder.describe(value)));
        }
        return value.doubleValue();
    }

    private static String unitNames() {
        StringBuilder names = new StringBuilder();
        for (TimeSpent.Unit unit : TimeSpent.Unit.values()) {
            names.append(names.isEmpty() ? "" : ", ").append(unit.name());
        }
        return names.toString();
    }
}
