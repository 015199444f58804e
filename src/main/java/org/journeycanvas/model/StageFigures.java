package org.journeycanvas.model;

import java.math.BigDecimal;
import org.journeycanvas.i18n.Messages;

/**
 * What analytics measured at a stage, each figure null when not known: the people who entered it, the percentage
 * of them who went on to the next stage (the drop-off is 100 minus it), satisfaction as a CSAT percentage and as a
 * Net Promoter Score (a survey gives one or the other, sometimes both, so each has its own field), and the median
 * time spent there. {@link #NONE} is a stage without figures.
 *
 * @param entered    people who entered the stage, from 0
 * @param conversion percentage (0 to 100) of them who reached the next stage
 * @param csat       customer satisfaction, the percentage (0 to 100) of satisfied answers
 * @param nps        Net Promoter Score, -100 to +100
 * @param time       the median time spent in the stage, or null
 */
public record StageFigures(Long entered, Double conversion, Double csat, Double nps, TimeSpent time) {
    public static final StageFigures NONE = new StageFigures(null, null, null, null, null);
    public static final int MIN_NPS = -100;
    public static final int MAX_NPS = 100;

    public StageFigures {
        conversion = withoutNegativeZero(conversion);
        csat = withoutNegativeZero(csat);
        nps = withoutNegativeZero(nps);
        if (entered != null && entered < 0) {
            throw new MapInvariantException("entered", Messages.get("model.figures.count", plain(entered)));
        }
        percent(conversion, "conversion");
        percent(csat, "csat");
        if (nps != null && !(nps >= MIN_NPS && nps <= MAX_NPS)) {
            throw new MapInvariantException("nps", Messages.get("model.figures.nps", plain(nps)));
        }
    }

    /** -0.0 is written as 0 and read back as 0.0, which is another Double: there is one zero. */
    private static Double withoutNegativeZero(Double value) {
        return value == null ? null : value + 0.0;
    }

    private static void percent(Double value, String field) {
        if (value != null && !(value >= 0 && value <= 100)) {
            throw new MapInvariantException(field, Messages.get("model.figures.percent", plain(value)));
        }
    }

    /** A number as written in a file, for messages: {@code 62}, {@code 12.5}, {@code NaN}. */
    static String plain(Number value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** Whether no figure is known, as {@link #NONE}; field by field, not through the record's equals. */
    public boolean isEmpty() {
        return entered == null && conversion == null && csat == null && nps == null && time == null;
    }

    /** The percentage lost on the way to the next stage, from the conversion; null when that is not known. */
    public Double dropOff() {
        return conversion == null ? null : 100 - conversion;
    }

    public StageFigures withEntered(Long newEntered) {
        return new StageFigures(newEntered, conversion, csat, nps, time);
    }

    public StageFigures withConversion(Double newConversion) {
        return new StageFigures(entered, newConversion, csat, nps, time);
    }

    public StageFigures withCsat(Double newCsat) {
        return new StageFigures(entered, conversion, newCsat, nps, time);
    }

    public StageFigures withNps(Double newNps) {
        return new StageFigures(entered, conversion, csat, newNps, time);
    }

    public StageFigures withTime(TimeSpent newTime) {
        return new StageFigures(entered, conversion, csat, nps, newTime);
    }
}
