package org.journeycanvas.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.StageFigures;

/** How compare and merge name elements, fields and values in the lines users read. */
final class ElementNames {
    /** Long texts are cut here in a summary line; the JSON output has them whole. */
    private static final int SHOWN_CHARACTERS = 60;

    private ElementNames() {}

    /** "card "Industry webinar"", "stage "Awareness"", "the map". */
    static String element(ElementKind kind, String name) {
        // A connector's name is made of quoted, shortened card texts already.
        return Messages.get(
                "compare.element." + kind.name().toLowerCase(Locale.ROOT),
                kind == ElementKind.CONNECTOR ? name : shortened(name));
    }

    /** A connector by the texts of its cards: {@code "Sign up" → "Welcome mail"}, and its label if it has one. */
    static String connector(Connector connector, UnaryOperator<String> cardText) {
        String ends =
                quoted(cardText.apply(connector.fromCardId())) + " → " + quoted(cardText.apply(connector.toCardId()));
        return connector.label().isBlank() ? ends : ends + " (" + quoted(connector.label()) + ")";
    }

    /** An opportunity's link to a pain point by the texts of both: {@code "Guest checkout" → "Forced sign-up"}. */
    static String link(String opportunityText, String painPointText) {
        return quoted(opportunityText) + " → " + quoted(painPointText);
    }

    static String field(ComparedField<?, ?> field) {
        return Messages.get("compare.field." + field.name());
    }

    /** A value as users read it: a text in quotes, a channel or lane kind by its name, a picture as "a picture". */
    static String value(ComparedField<?, ?> field, Object value) {
        if (value == null) {
            return Messages.get("compare.value.none");
        }
        if (field.picture()) {
            return Messages.get("compare.value.picture");
        }
        if (value instanceof Channel channel) {
            return channel.label();
        }
        if (value instanceof LaneKind kind) {
            return kind.title();
        }
        if (value instanceof ConnectorStyle style) {
            return Messages.get("compare.value.style." + style.name());
        }
        if (value instanceof StageFigures figures) {
            return figures(figures);
        }
        if (value instanceof Opportunity opportunity) {
            return Messages.get(
                    "compare.value.opportunity",
                    rating(opportunity.impact()),
                    rating(opportunity.effort()),
                    opportunity.status().title(),
                    opportunity.owner().isBlank() ? Messages.get("compare.value.none") : quoted(opportunity.owner()),
                    opportunity.addresses().size());
        }
        if (value instanceof Integer score) {
            return score > 0 ? "+" + score : String.valueOf(score);
        }
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? Messages.get("compare.value.none")
                    : String.join(
                            ", ",
                            list.stream()
                                    .map(item -> quoted(String.valueOf(item)))
                                    .toList());
        }
        return quoted(String.valueOf(value));
    }

    static String quoted(String text) {
        return "\"" + shortened(text) + "\"";
    }

    /** On one line and at most {@link #SHOWN_CHARACTERS} characters (not cutting a character in two). */
    static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= SHOWN_CHARACTERS) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, SHOWN_CHARACTERS)) + "…";
    }

    private static String rating(Integer rating) {
        return rating == null ? "–" : String.valueOf(rating);
    }

    /** The figures a stage has, in the order the inspector lists them; "none" when it has none. */
    private static String figures(StageFigures figures) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (figures.entered() != null) {
            parts.add(Messages.get("compare.value.entered", figures.entered()));
        }
        if (figures.conversion() != null) {
            parts.add(Messages.get("compare.value.conversion", figures.conversion()));
        }
        if (figures.csat() != null) {
            parts.add("CSAT " + figures.csat());
        }
        if (figures.nps() != null) {
            parts.add("NPS " + figures.nps());
        }
        if (figures.time() != null) {
            parts.add(figures.time().amount() + " " + figures.time().unit().symbol());
        }
        return parts.isEmpty() ? Messages.get("compare.value.none") : String.join(", ", parts);
    }
}
