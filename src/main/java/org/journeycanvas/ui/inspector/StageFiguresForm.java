package org.journeycanvas.ui.inspector;

import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.journeycanvas.i18n.LocalNumbers;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.MapInvariantException;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;

/**
 * A stage's measured figures as the user types them: numbers in the interface language's format, a blank field
 * for a figure not known. {@link #read()} gives the figures, or says in {@link #problemProperty()} which field is
 * wrong and why, so a wrong entry changes nothing.
 */
public final class StageFiguresForm {
    private static final int SHOWN_DECIMALS = 2;

    private final StringProperty entered = new SimpleStringProperty("");
    private final StringProperty conversion = new SimpleStringProperty("");
    private final StringProperty csat = new SimpleStringProperty("");
    private final StringProperty nps = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<TimeSpent.Unit> timeUnit = new SimpleObjectProperty<>(TimeSpent.Unit.MINUTES);
    private final StringProperty problem = new SimpleStringProperty("");
    private StageFigures shown = StageFigures.NONE;

    /** Fills the fields with a stage's figures and forgets any earlier problem. */
    void show(StageFigures figures) {
        shown = figures;
        entered.set(figures.entered() == null ? "" : LocalNumbers.whole(figures.entered()));
        conversion.set(text(figures.conversion()));
        csat.set(text(figures.csat()));
        nps.set(text(figures.nps()));
        time.set(figures.time() == null ? "" : text(figures.time().amount()));
        timeUnit.set(
                figures.time() == null ? TimeSpent.Unit.MINUTES : figures.time().unit());
        problem.set("");
    }

    /** The figures typed, or empty with the problem set when a field does not hold a valid figure. */
    Optional<StageFigures> read() {
        try {
            TimeSpent shownTime = shown.time();
            Double amount = number(time, "inspector.figures.time", shownTime == null ? null : shownTime.amount());
            TimeSpent spent = amount == null ? null : new TimeSpent(amount, timeUnit.get());
            StageFigures figures = new StageFigures(
                    count(),
                    number(conversion, "inspector.figures.conversion", shown.conversion()),
                    number(csat, "inspector.figures.csat", shown.csat()),
                    number(nps, "inspector.figures.nps", shown.nps()),
                    spent);
            problem.set("");
            return Optional.of(figures);
        } catch (WrongFigure wrong) {
            problem.set(wrong.getMessage());
            return Optional.empty();
        } catch (MapInvariantException broken) {
            problem.set(Messages.get("inspector.figures.wrong", label(broken.path()), broken.problem()));
            return Optional.empty();
        }
    }

    private Long count() throws WrongFigure {
        Double value =
                number(entered, "inspector.figures.entered", shown.entered() == null ? null : (double) shown.entered());
        if (shown.entered() != null && value != null && value == shown.entered().doubleValue()) {
            return shown.entered();
        }
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) >= Long.MAX_VALUE) {
            throw new WrongFigure(Messages.get(
                    "inspector.figures.notWhole", Messages.get("inspector.figures.entered"), entered.get()));
        }
        return value.longValue();
    }

    /**
     * The number in a field; a field still showing the stage's figure gives it back exactly, so figures with
     * more decimals than shown do not change when another field is edited.
     */
    private static Double number(StringProperty field, String labelKey, Double original) throws WrongFigure {
        String typed = field.get() == null ? "" : field.get();
        if (typed.isBlank()) {
            return null;
        }
        if (original != null && typed.strip().equals(text(original))) {
            return original;
        }
        OptionalDouble value = LocalNumbers.parse(typed);
        if (value.isEmpty()) {
            throw new WrongFigure(Messages.get("inspector.figures.notANumber", Messages.get(labelKey), typed.strip()));
        }
        return value.getAsDouble();
    }

    /** The label of the field a model rule names ("conversion"), or the time's for a time's own rule. */
    private static String label(String path) {
        return Messages.get(
                switch (path) {
                    case "entered" -> "inspector.figures.entered";
                    case "conversion" -> "inspector.figures.conversion";
                    case "csat" -> "inspector.figures.csat";
                    case "nps" -> "inspector.figures.nps";
                    default -> "inspector.figures.time";
                });
    }

    private static String text(Double value) {
        return value == null ? "" : LocalNumbers.decimal(value, SHOWN_DECIMALS);
    }

    public StringProperty enteredProperty() {
        return entered;
    }

    public StringProperty conversionProperty() {
        return conversion;
    }

    public StringProperty csatProperty() {
        return csat;
    }

    public StringProperty npsProperty() {
        return nps;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<TimeSpent.Unit> timeUnitProperty() {
        return timeUnit;
    }

    /** What is wrong with the figures typed, empty when nothing. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** A field that does not hold a number; its message names the field. */
    private static final class WrongFigure extends Exception {
        private static final long serialVersionUID = 1L;

        WrongFigure(String message) {
            super(message, null, false, false);
        }
    }
}
