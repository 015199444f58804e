package org.journeycanvas.render;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.i18n.LocalNumbers;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;

/** A stage's measured figures as the funnel strip, the slides and the spreadsheet write them. */
public final class FigureTexts {
    private FigureTexts() {}

    /** People entering, digits grouped: "12,400". */
    public static String entered(long people) {
        return LocalNumbers.whole(people);
    }

    /** A percentage with at most one decimal: "61.5%" ("61,5 %" in German). */
    public static String percent(double value) {
        return Messages.get("figures.percent", LocalNumbers.decimal(value, 1));
    }

    /** The share lost on the way to the next stage: "−38%"; nothing lost is "0%". */
    public static String dropOff(double value) {
        String amount = LocalNumbers.decimal(value, 1);
        return value > 0 && !amount.matches("0") ? Messages.get("figures.dropOff", amount) : percent(0);
    }

    /** A Net Promoter Score with its sign: "NPS +31". */
    public static String nps(double score) {
        String value = LocalNumbers.decimal(score, 1);
        return Messages.get("figures.nps", score > 0 && !value.equals("0") ? "+" + value : value);
    }

    public static String csat(double percent) {
        return Messages.get("figures.csat", percent(percent));
    }

    /** The median time with its unit's symbol: "45 s", "2.5 d". */
    public static String time(TimeSpent time) {
        return Messages.get(
                "figures.time",
                LocalNumbers.decimal(time.amount(), 1),
                time.unit().symbol());
    }

    /** Satisfaction and time on one line ("CSAT 81% · NPS +31 · 45 s"), empty when none is known. */
    public static String details(StageFigures figures) {
        List<String> parts = new ArrayList<>(3);
        if (figures.csat() != null) {
            parts.add(csat(figures.csat()));
        }
        if (figures.nps() != null) {
            parts.add(nps(figures.nps()));
        }
        if (figures.time() != null) {
            parts.add(time(figures.time()));
        }
        return String.join(" · ", parts);
    }

    /** An emotion score as the emotion lane's scale says it: "−2", "0", "+1". */
    public static String score(int score) {
        return score > 0 ? "+" + score : score < 0 ? "−" + -score : "0";
    }
}
