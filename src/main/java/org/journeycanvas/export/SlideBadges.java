package org.journeycanvas.export;

import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.OpportunityBadgeRow;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.render.OpportunityBadges;
import org.journeycanvas.render.Rgb;

/**
 * A ranked opportunity card's badge row on a slide, as native shapes like the canvas draws it: a status dot, the
 * text "I4 · E2 · Planned" and a round chip with the owner's initials, so the slide stays editable.
 */
final class SlideBadges {
    private SlideBadges() {}

    /**
     * @param dy how far the card's slide position lies below its map position (the slide's lanes start higher)
     */
    static void draw(SlideMap slide, CardBox box, Card card, Rgb fill, double cardPadding, double dy) {
        if (!OpportunityBadgeRow.shown(box.kind(), card)) {
            return;
        }
        Opportunity opportunity = card.opportunity();
        Rect bounds = box.bounds();
        Rect row = OpportunityBadgeRow.in(
                new Rect(slide.stageX(bounds.x()), bounds.y() + dy, bounds.width(), bounds.height()), cardPadding);
        double dot = OpportunityBadges.DOT_RADIUS;
        slide.box(
                row.x(),
                row.centerY() - dot,
                2 * dot,
                2 * dot,
                OpportunityBadges.statusColor(opportunity.status()),
                null,
                ShapeType.ELLIPSE);
        Rgb textColor =
                card.color() != null ? PowerPointExporter.THEME.textOn(fill) : PowerPointExporter.THEME.mutedText();
        String initials = OpportunityBadges.initials(opportunity.owner());
        double chip = initials.isEmpty() ? 0 : 2 * OpportunityBadges.CHIP_RADIUS;
        XSLFAutoShape summary = slide.box(
                row.x() + 3 * dot, row.y(), row.width() - 3 * dot - chip, row.height(), null, null, ShapeType.RECT);
        textIn(slide, summary, OpportunityBadges.summary(opportunity), textColor, TextParagraph.TextAlign.LEFT);
        if (!initials.isEmpty()) {
            XSLFAutoShape owner = slide.box(
                    row.maxX() - chip,
                    row.centerY() - chip / 2,
                    chip,
                    chip,
                    textColor.withAlpha(0.16),
                    null,
                    ShapeType.ELLIPSE);
            textIn(slide, owner, initials, textColor, TextParagraph.TextAlign.CENTER);
        }
    }

    private static void textIn(
            SlideMap slide, XSLFAutoShape shape, String text, Rgb color, TextParagraph.TextAlign align) {
        slide.text(shape, text, OpportunityBadges.STYLE, color);
        shape.setWordWrap(false);
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.setVerticalAlignment(VerticalAlignment.MIDDLE);
        shape.getTextParagraphs().forEach(paragraph -> paragraph.setTextAlign(align));
    }
}
