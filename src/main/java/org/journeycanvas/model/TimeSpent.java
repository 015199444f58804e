package org.journeycanvas.model;

import org.journeycanvas.i18n.Messages;

/**
 * How long people spend in a stage (the median), in the unit it was measured in: a web page's seconds and an
 * onboarding's weeks are both kept as typed, so "90 min" does not come back as "1.5 h".
 */
public record TimeSpent(double amount, Unit unit) {
    /** The units a time is given in, shortest first. */
    public enum Unit {
        SECONDS,
        MINUTES,
        HOURS,
        DAYS,
        WEEKS;

        /** The short symbol of the unit in the interface language ("s", "min", "d"…). */
        public String symbol() {
            return Messages.get("figures.unit." + name());
        }
    }

    public TimeSpent {
        if (!Double.isFinite(amount) || amount < 0) {
            throw new MapInvariantException("", Messages.get("model.figures.time", StageFigures.plain(amount)));
        }
        Invariants.required(unit, "unit");
        amount = amount + 0.0; // one zero: -0.0 would be written as 0 and come back as another value
    }
}
