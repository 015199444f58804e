package org.journeycanvas.render;

import java.util.List;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.BlueprintLine;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.OpportunityHighlight;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Draws a laid-out map onto a {@link Surface}: the one drawing code behind the screen, PNG export, presentation
 * and template thumbnails. Only what intersects the visible area is drawn, so a huge map repaints quickly.
 */
public final class MapPainter {
    private static final double CARD_ARC = 10;
    private static final double STRIPE_WIDTH = 6;
    /** Below this many pixels, card text is sketched rather than drawn. */
    private static final double SMALLEST_READABLE_PIXELS = 6;
    /** A typical character's advance as a fraction of the font size, for sketched lines. */
    private static final double AVERAGE_CHAR_WIDTH = 0.5;

    private static final Rgb[] SCORE_COLORS = {
        Rgb.of("#D1495B"), Rgb.of("#EE8959"), Rgb.of("#A0A7B0"), Rgb.of("#7DBE7A"), Rgb.of("#2A9D8F")
    };

    private final MapTheme theme;
    private final boolean paintBackground;
    private final ConnectorPainter connectors;
    private final StageStripPainter strips;
    private final EmotionLanePainter emotions;
    private final OpportunityBadges badges;
    private final HighlightVeil veil;

    public MapPainter(MapTheme theme) {
        this(theme, true);
    }

    /** @param paintBackground false leaves what lies outside the personas' bands untouched (a transparent PNG) */
    public MapPainter(MapTheme theme, boolean paintBackground) {
        this.theme = theme;
        this.paintBackground = paintBackground;
        this.connectors = new ConnectorPainter(theme);
        this.strips = new StageStripPainter(theme);
        this.emotions = new EmotionLanePainter(theme);
        this.badges = new OpportunityBadges(theme);
        this.veil = new HighlightVeil(theme);
    }

    public MapTheme theme() {
        return theme;
    }

    public void paint(MapGeometry geometry, MapIndex index, Rect visible, Surface surface) {
        paint(geometry, index, visible, surface, 1);
    }

    /**
     * Paints at a scale (screen pixels per map unit). Where card text would be too small to read, cards are
     * sketched: their lines as grey bars and their corners square, which keeps a zoomed-out map recognisable
     * and quick to draw, since thousands of tiny glyphs cost more than everything else on screen.
     */
    public void paint(MapGeometry geometry, MapIndex index, Rect visible, Surface surface, double scale) {
        paint(geometry, index, visible, surface, scale, null);
    }

    /** Paints with the cards a highlight does not bring forward dimmed (none when it is null). */
    public void paint(
            MapGeometry geometry,
            MapIndex index,
            Rect visible,
            Surface surface,
            double scale,
            OpportunityHighlight highlight) {
        boolean sketch = TextStyle.CARD.size() * scale < SMALLEST_READABLE_PIXELS;
        if (paintBackground) {
            surface.fillRect(visible, theme.background());
        }
        for (PersonaBand persona : geometry.personas()) {
            if (persona.bounds().intersects(visible)) {
                paintPersona(geometry, persona, index, visible, surface, sketch);
            }
        }
        veil.paint(geometry, index, visible, surface, highlight);
        connectors.paint(geometry, index, visible, surface, sketch);
        if (geometry.personas().isEmpty()) {
            surface.text(
                    Messages.get("canvas.emptyMap"),
                    geometry.style().laneLabelWidth() + 12,
                    geometry.style().stageHeaderHeight() + 32,
                    TextStyle.EMPTY_HINT,
                    theme.mutedText());
        }
        paintStageHeaders(geometry, index, visible, surface);
    }

    /**
     * The row of stage headers and the strips under them; the screen also draws it pinned to the top while
     * scrolling.
     */
    public void paintStageHeaders(MapGeometry geometry, MapIndex index, Rect visible, Surface surface) {
        strips.paint(geometry, index, visible, surface);
        LayoutStyle style = geometry.style();
        Rect corner = new Rect(0, 0, style.laneLabelWidth(), style.stageHeaderHeight());
        if (corner.intersects(visible)) {
            surface.fillRect(corner, theme.headerFill().mix(theme.text(), 0.25));
        }
        if (geometry.stages().isEmpty()) {
            Rect empty = new Rect(style.laneLabelWidth(), 0, style.stageWidth(), style.stageHeaderHeight());
            surface.fillRect(empty, theme.headerFill().withAlpha(0.5));
            surface.text(
                    Messages.get("canvas.emptyStages"),
                    empty.x() + 12,
                    empty.y() + 34,
                    TextStyle.EMPTY_HINT,
                    theme.headerText());
            return;
        }
        for (StageColumn column : geometry.stages()) {
            Rect header = column.header();
            if (!header.intersects(visible)) {
                continue;
            }
            Stage stage = index.stage(column.stageId());
            Rgb fill = stage.color() != null ? Rgb.of(stage.color()) : theme.headerFill();
            surface.fillRect(header, fill);
            surface.strokeLine(
                    header.maxX(),
                    header.y(),
                    header.maxX(),
                    header.maxY(),
                    theme.background().withAlpha(0.6),
                    1,
                    false);
            double lineHeight = TextStyle.STAGE_NAME.lineHeight();
            double top = header.centerY() - column.nameLines().size() * lineHeight / 2;
            for (int i = 0; i < column.nameLines().size(); i++) {
                surface.text(
                        column.nameLines().get(i),
                        header.x() + style.cardPadding() + 4,
                        baseline(top + i * lineHeight, TextStyle.STAGE_NAME),
                        TextStyle.STAGE_NAME,
                        theme.textOn(fill));
            }
        }
    }

    private void paintPersona(
            MapGeometry geometry, PersonaBand band, MapIndex index, Rect visible, Surface surface, boolean sketch) {
        Persona persona = index.persona(band.personaId());
        Rgb personaColor = persona.color() != null ? Rgb.of(persona.color()) : theme.headerFill();
        Rect header = band.header();
        surface.fillRect(header, personaColor.mix(theme.background(), 0.82));
        surface.fillRect(new Rect(0, header.y(), STRIPE_WIDTH, band.bounds().height()), personaColor);
        double textX = STRIPE_WIDTH + 12;
        if (persona.photo() != null) {
            double size = header.height() - 10;
            surface.photo(persona.photo(), new Rect(textX, header.y() + 5, size, size));
            textX += size + 10;
        }
        String name = persona.name().isBlank() ? Messages.get("canvas.unnamedPersona") : persona.name();
        surface.text(name, textX, header.y() + 20, TextStyle.PERSONA_NAME, theme.text());
        if (!persona.role().isBlank()) {
            surface.text(persona.role(), textX, header.y() + 38, TextStyle.PERSONA_ROLE, theme.mutedText());
        }
        for (int i = 0; i < band.lanes().size(); i++) {
            LaneRow lane = band.lanes().get(i);
            if (lane.bounds().intersects(visible)) {
                paintLane(geometry, lane, i, index, visible, surface, sketch);
            }
        }
        paintBlueprintLines(band, visible, surface);
        for (StageColumn column : geometry.stages()) {
            double x = column.column().x();
            if (x >= visible.x() - 1 && x <= visible.maxX() + 1) {
                surface.strokeLine(
                        x,
                        Math.max(header.maxY(), visible.y()),
                        x,
                        Math.min(band.bounds().maxY(), visible.maxY()),
                        theme.gridLine(),
                        1,
                        false);
            }
        }
    }

    /**
     * The service blueprint's lines between its zones, dashed across the band, each named at the bottom of the
     * lane labels above it (where a label's own text, which starts at the top, leaves room).
     */
    private void paintBlueprintLines(PersonaBand band, Rect visible, Surface surface) {
        for (BlueprintLine line : BlueprintLine.in(band)) {
            if (line.y() < visible.y() - 16 || line.y() > visible.maxY() + 2) {
                continue;
            }
            Rgb color = theme.text().withAlpha(0.6);
            surface.strokeLine(STRIPE_WIDTH, line.y(), line.toX(), line.y(), color, 2, true);
            surface.text(line.zone().lineName(), STRIPE_WIDTH + 8, line.y() - 4, TextStyle.BLUEPRINT_LINE, color);
        }
    }

    private void paintLane(
            MapGeometry geometry,
            LaneRow lane,
            int position,
            MapIndex index,
            Rect visible,
            Surface surface,
            boolean sketch) {
        LayoutStyle style = geometry.style();
        Rect bounds = lane.bounds();
        surface.fillRect(bounds, position % 2 == 0 ? theme.bandFill() : theme.bandAlternateFill());
        Rect label = lane.label();
        if (label.intersects(visible)) {
            paintLaneLabel(lane, style, surface);
        }
        surface.strokeLine(0, bounds.maxY(), bounds.maxX(), bounds.maxY(), theme.gridLine(), 1, false);
        if (lane.collapsed()) {
            return;
        }
        if (lane.kind() == LaneKind.EMOTIONS) {
            emotions.paint(geometry, lane, index, visible, surface, sketch);
            return;
        }
        for (CellBox cell : lane.cells()) {
            if (!cell.bounds().intersects(visible)) {
                continue;
            }
            for (CardBox card : cell.cards()) {
                if (card.bounds().intersects(visible)) {
                    paintCard(card, index.card(card.cardId()), style, surface, sketch);
                }
            }
        }
    }

    private void paintLaneLabel(LaneRow lane, LayoutStyle style, Surface surface) {
        Rect label = lane.label();
        surface.fillRect(
                new Rect(STRIPE_WIDTH, label.y(), label.width() - STRIPE_WIDTH, label.height()),
                theme.cardFill(lane.kind()).mix(theme.background(), 0.55));
        surface.icon(
                Icons.laneKind(lane.kind()),
                STRIPE_WIDTH + 8,
                label.y() + style.cellPadding() + 1,
                18,
                theme.mutedText());
        double lineHeight = TextStyle.LANE_TITLE.lineHeight();
        for (int i = 0; i < lane.titleLines().size(); i++) {
            surface.text(
                    lane.titleLines().get(i),
                    STRIPE_WIDTH + 32,
                    baseline(label.y() + style.cellPadding() + 2 + i * lineHeight, TextStyle.LANE_TITLE),
                    TextStyle.LANE_TITLE,
                    theme.text());
        }
    }

    private void paintCard(CardBox box, Card card, LayoutStyle style, Surface surface, boolean sketch) {
        Rgb fill = card.color() != null ? Rgb.of(card.color()) : theme.cardFill(box.kind());
        Rect bounds = box.bounds();
        if (sketch) {
            surface.fillRect(bounds, fill);
        } else {
            surface.fillRoundRect(bounds, CARD_ARC, fill);
            surface.strokeRoundRect(bounds, CARD_ARC, theme.cardBorder(), 1);
        }
        double textX = bounds.x() + style.cardPadding();
        if (box.kind() == LaneKind.TOUCHPOINTS) {
            if (card.channel() != null) {
                surface.icon(
                        Icons.channel(card.channel()),
                        textX - 1,
                        bounds.y() + style.cardPadding() - 1,
                        style.channelIconSize(),
                        theme.textOn(fill).withAlpha(0.75));
            }
            textX += style.channelIconSize() + 6;
        }
        if (box.pictureFrame() != null) {
            paintPictureFrame(box.pictureFrame(), card.picture(), fill, surface, sketch);
        }
        Rgb textColor = card.color() != null ? theme.textOn(fill) : theme.cardText();
        paintLines(
                box.lines(),
                textX,
                box.textTop(style.cardPadding()),
                bounds.maxX() - style.cardPadding(),
                TextStyle.CARD,
                textColor,
                surface,
                sketch);
        badges.paint(box, card, fill, style.cardPadding(), surface, sketch);
    }

    /** A storyboard card's frame: its picture fitted inside, or an icon that says a picture goes there. */
    private void paintPictureFrame(Rect frame, String picture, Rgb fill, Surface surface, boolean sketch) {
        Rgb matte = fill.mix(theme.text(), 0.06);
        surface.fillRect(frame, matte);
        if (picture != null) {
            if (sketch) {
                surface.fillRect(frame, theme.mutedText().withAlpha(0.35));
            } else {
                surface.picture(picture, frame);
            }
            return;
        }
        double size = Math.min(48, frame.height() / 2);
        surface.icon(
                Icons.emptyPicture(),
                frame.centerX() - size / 2,
                frame.centerY() - size / 2,
                size,
                theme.mutedText().withAlpha(0.6));
    }

    /** Lines of text from a top-left corner; sketched, each is a bar about as long as its text. */
    static void paintLines(
            List<String> lines,
            double x,
            double top,
            double maxX,
            TextStyle style,
            Rgb color,
            Surface surface,
            boolean sketch) {
        double lineHeight = style.lineHeight();
        for (int i = 0; i < lines.size(); i++) {
            double lineTop = top + i * lineHeight;
            if (sketch) {
                double length = Math.min(maxX - x, lines.get(i).length() * style.size() * AVERAGE_CHAR_WIDTH);
                if (length > 0) {
                    surface.fillRect(
                            new Rect(x, lineTop + lineHeight * 0.3, length, lineHeight * 0.4), color.withAlpha(0.3));
                }
            } else {
                surface.text(lines.get(i), x, baseline(lineTop, style), style, color);
            }
        }
    }

    /** The baseline of a line of text whose line box starts at {@code top}. */
    public static double baseline(double top, TextStyle style) {
        return top + (style.lineHeight() - style.size()) / 2 + style.size() * 0.8;
    }

    /** The colour of an emotion point at a score from -2 to +2. */
    public static Rgb scoreColor(int score) {
        return SCORE_COLORS[score - Card.MIN_SCORE];
    }
}
