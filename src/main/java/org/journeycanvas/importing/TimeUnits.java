package org.journeycanvas.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.TimeSpent;

/** The unit of a time column, said in its header ("Time (min)", "Dauer [Tage]"), and times written as a clock. */
final class TimeUnits {
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern CLOCK = Pattern.compile("\\s*(?:(\\d+):)?(\\d{1,2}):(\\d{2}(?:\\.\\d+)?)\\s*");

    private TimeUnits() {}

    /** The unit a header names in brackets, in any language; null when it names none. */
    static TimeSpent.Unit inHeader(String header) {
        Matcher bracketed = BRACKETED.matcher(header);
        if (!bracketed.find()) {
            return null;
        }
        String said = LocalizedWords.normalized(bracketed.group(1));
        for (TimeSpent.Unit unit : TimeSpent.Unit.values()) {
            for (String word : LocalizedWords.wordLists("import.figures.unit." + unit.name())) {
                if (LocalizedWords.normalized(word).equals(said)) {
                    return unit;
                }
            }
        }
        return null;
    }

    /** A time written as {@code m:ss} or {@code h:mm:ss}, in seconds. */
    static double clockSeconds(String cell) {
        Matcher clock = CLOCK.matcher(cell);
        if (!clock.matches()) {
            throw new IllegalArgumentException(Messages.get("import.figures.notANumber", cell.strip()));
        }
        double hours = clock.group(1) == null ? 0 : Double.parseDouble(clock.group(1));
        return hours * 3600 + Double.parseDouble(clock.group(2)) * 60 + Double.parseDouble(clock.group(3));
    }
}
