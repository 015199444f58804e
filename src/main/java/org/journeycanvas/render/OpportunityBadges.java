package org.journeycanvas.render;

import java.util.Arrays;
import java.util.Locale;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.OpportunityBadgeRow;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;

/**
 * The badge row of a ranked opportunity card: a dot in its status's colour, "I4 · E2 · Planned", and its owner's
 * initials in a round chip at the right. The texts and colours are shared with the PowerPoint export's badges.
 */
public final class OpportunityBadges {
    /** The badges' text style: small, as a connector's label. */
    public static final TextStyle STYLE = TextStyle.CONNECTOR_LABEL;

    public static final double DOT_RADIUS = 4;
    public static final double CHIP_RADIUS = 9;

    private static final Rgb IDEA = Rgb.of("#8C959F");
    private static final Rgb PLANNED = Rgb.of("#0969DA");
    private static final Rgb IN_PROGRESS = Rgb.of("#BF8700");
    private static final Rgb DONE = Rgb.of("#1A7F37");
    /** A character's advance as a fraction of the font size, to centre initials without measuring them. */
    private static final double CHAR_WIDTH = 0.62;

    private final MapTheme theme;

    OpportunityBadges(MapTheme theme) {
        this.theme = theme;
    }

    /** Draws the row when the card is a ranked opportunity; nothing otherwise. */
    void paint(CardBox box, Card card, Rgb fill, double cardPadding, Surface surface, boolean sketch) {
        if (!OpportunityBadgeRow.shown(box.kind(), card)) {
            return;
        }
        Opportunity opportunity = card.opportunity();
        Rect row = OpportunityBadgeRow.in(box.bounds(), cardPadding);
        double middle = row.centerY();
        surface.fillCircle(row.x() + DOT_RADIUS, middle, DOT_RADIUS, statusColor(opportunity.status()));
        Rgb textColor = textColor(card, fill);
        if (sketch) {
            surface.fillRect(
                    new Rect(row.x() + 3 * DOT_RADIUS, middle - 2, row.width() / 2, 4), textColor.withAlpha(0.3));
            return;
        }
        surface.text(summary(opportunity), row.x() + 3 * DOT_RADIUS, baseline(row), STYLE, textColor);
        String initials = initials(opportunity.owner());
        if (!initials.isEmpty()) {
            double centerX = row.maxX() - CHIP_RADIUS;
            surface.fillCircle(centerX, middle, CHIP_RADIUS, textColor.withAlpha(0.16));
            surface.text(
                    initials,
                    centerX - initials.length() * STYLE.size() * CHAR_WIDTH / 2,
                    baseline(row),
                    STYLE,
                    textColor);
        }
    }

    private Rgb textColor(Card card, Rgb fill) {
        return card.color() != null ? theme.textOn(fill).withAlpha(0.85) : theme.mutedText();
    }

    private static double baseline(Rect row) {
        return MapPainter.baseline(row.centerY() - STYLE.lineHeight() / 2, STYLE);
    }

    /** "I4 · E2 · Planned", with a dash for a rating not given. */
    public static String summary(Opportunity opportunity) {
        return Messages.get("opportunity.badge.impact", rating(opportunity.impact()))
                + " · "
                + Messages.get("opportunity.badge.effort", rating(opportunity.effort()))
                + " · "
                + opportunity.status().title();
    }

    private static String rating(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }

    /** The owner's initials: the first letters of its first two words ("Sales ops" → "SO"), empty for none. */
    public static String initials(String owner) {
        String[] words = Arrays.stream(owner.strip().split("[\\s\\-_/.]+"))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
        if (words.length == 0) {
            return "";
        }
        if (words.length == 1) {
            String word = words[0];
            int end = word.offsetByCodePoints(0, Math.min(2, word.codePointCount(0, word.length())));
            return word.substring(0, end).toUpperCase(Locale.ROOT);
        }
        return (firstLetter(words[0]) + firstLetter(words[1])).toUpperCase(Locale.ROOT);
    }

    private static String firstLetter(String word) {
        return word.substring(0, word.offsetByCodePoints(0, 1));
    }

    /** The colour of a status: grey for an idea, blue planned, amber in progress, green done. */
    public static Rgb statusColor(OpportunityStatus status) {
        return switch (status) {
            case IDEA -> IDEA;
            case PLANNED -> PLANNED;
            case IN_PROGRESS -> IN_PROGRESS;
            case DONE -> DONE;
        };
    }
}
