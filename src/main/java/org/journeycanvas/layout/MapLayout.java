package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * Places a map: stage columns of equal width across the top, then each persona's band with a header and its
 * lanes. Rows grow to fit the tallest cell, so text wraps and nothing overlaps. The result depends only on the
 * map, the style and the text measurements.
 *
 * <p>A lane that did not change is the same object in the next version of the map (commands share what they
 * do not touch), so its row is remembered by identity and only moved into place: an edit on a large map lays
 * out one lane, not all of them. Use an instance from one thread.
 */
public final class MapLayout {
    private static final int MAX_LANE_TITLE_LINES = 3;
    private static final int MAX_EMOTION_LABEL_LINES = 3;
    private static final double EMOTION_LABEL_PADDING = 3;
    private static final double LANE_ICON_SPACE = 24;

    private final TextWrapper wrapper;
    private final LayoutStyle style;
    private final ConnectorRouter router;
    private final StageStripsCache stripsCache;
    private List<Stage> cachedStages;
    /** Each unchanged lane's row as laid out at the top of the map, from the last layout. */
    private Map<Lane, LaneRow> cachedRows = new IdentityHashMap<>();
    /** Each unchanged lane's row where it was placed last time: reused when the lane has not moved. */
    private Map<Lane, LaneRow> cachedPlacedRows = new IdentityHashMap<>();

    public MapLayout(TextWrapper wrapper, LayoutStyle style) {
        this.wrapper = wrapper;
        this.style = style;
        this.router = new ConnectorRouter(wrapper);
        this.stripsCache = new StageStripsCache(style);
    }

    public LayoutStyle style() {
        return style;
    }

    public MapGeometry layout(JourneyMap map) {
        return layout(map, ViewOptions.ALL);
    }

    /** Lays out the personas the options show, with collapsed lanes folded to one line. */
    public MapGeometry layout(JourneyMap map, ViewOptions options) {
        if (map.stages() != cachedStages) {
            cachedStages = map.stages();
            cachedRows = new IdentityHashMap<>();
            cachedPlacedRows = new IdentityHashMap<>();
        }
        Map<Lane, LaneRow> rows = new IdentityHashMap<>();
        Map<Lane, LaneRow> placedRows = new IdentityHashMap<>();
        int stageCount = Math.max(1, map.stages().size());
        double width = style.laneLabelWidth() + stageCount * style.stageWidth();
        List<StageColumn> stages = new ArrayList<>();
        List<PersonaBand> personas = new ArrayList<>();
        StageStrips strips = stripsCache.strips(map, options, width);
        double y = strips.bottom();
        for (Persona persona : map.personas()) {
            if (!options.shows(persona.id())) {
                continue;
            }
            PersonaBand band = personaBand(persona, map.stages(), y, width, rows, placedRows, options);
            personas.add(band);
            y = band.bounds().maxY() + style.personaGap();
        }
        cachedRows = rows;
        cachedPlacedRows = placedRows;
        double height = personas.isEmpty() ? y + style.minLaneHeight() : y - style.personaGap();
        for (int i = 0; i < map.stages().size(); i++) {
            Stage stage = map.stages().get(i);
            double x = style.laneLabelWidth() + i * style.stageWidth();
            Rect header = new Rect(x, 0, style.stageWidth(), style.stageHeaderHeight());
            List<String> nameLines = wrapper.wrap(
                    stage.name(),
                    style.stageWidth() - 2 * style.cardPadding() - 6,
                    TextStyle.STAGE_NAME,
                    style.maxStageNameLines());
            stages.add(new StageColumn(stage.id(), i, header, new Rect(x, 0, style.stageWidth(), height), nameLines));
        }
        MapGeometry geometry = new MapGeometry(new Rect(0, 0, width, height), style, stages, personas, strips);
        return map.connectors().isEmpty()
                ? geometry
                : geometry.withConnectors(router.routes(geometry, map.connectors()));
    }

    private PersonaBand personaBand(
            Persona persona,
            List<Stage> stages,
            double top,
            double width,
            Map<Lane, LaneRow> rows,
            Map<Lane, LaneRow> placedRows,
            ViewOptions options) {
        Rect header = new Rect(0, top, width, style.personaHeaderHeight());
        double y = header.maxY();
        List<LaneRow> lanes = new ArrayList<>();
        for (Lane lane : persona.lanes()) {
            if (options.collapsedLaneIds().contains(lane.id())) {
                LaneRow folded = collapsedLane(persona, lane, stages, y);
                lanes.add(folded);
                y = folded.bounds().maxY();
                continue;
            }
            LaneRow atTop = cachedRows.get(lane);
            if (atTop == null) {
                atTop = lane.kind() == LaneKind.EMOTIONS
                        ? emotionLane(persona, lane, stages, 0)
                        : cardLane(persona, lane, stages, 0, earlierLines(lane));
            }
            rows.put(lane, atTop);
            LaneRow placed = cachedPlacedRows.get(lane);
            LaneRow row = placed != null && placed.bounds().y() == y ? placed : atTop.movedDown(y);
            placedRows.put(lane, row);
            lanes.add(row.showing(options.curves()));
            y = row.bounds().maxY();
        }
        return new PersonaBand(persona.id(), new Rect(0, top, width, y - top), header, lanes);
    }

    /**
     * The lines each card of a changed lane was wrapped into in the last layout, for the cards that did not change
     * (the same object): an edit re-wraps the card it changed, not the hundreds beside it.
     */
    private Function<Card, List<String>> earlierLines(Lane changed) {
        for (Map.Entry<Lane, LaneRow> earlier : cachedRows.entrySet()) {
            Lane before = earlier.getKey();
            if (before.id().equals(changed.id())) {
                if (before.kind() != changed.kind() || earlier.getValue().collapsed()) {
                    break;
                }
                Set<Card> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
                unchanged.addAll(before.cards());
                Map<String, CardBox> boxes = earlier.getValue().cardsById();
                return card -> unchanged.contains(card) ? boxes.get(card.id()).lines() : null;
            }
        }
        return card -> null;
    }

    private LaneRow cardLane(
            Persona persona, Lane lane, List<Stage> stages, double top, Function<Card, List<String>> earlierLines) {
        double cardWidth = style.stageWidth() - 2 * style.cellPadding();
        double textWidth = cardWidth
                - 2 * style.cardPadding()
                - (lane.kind() == LaneKind.TOUCHPOINTS ? style.channelIconSize() + 6 : 0);
        double lineHeight = TextStyle.CARD.lineHeight();
        double frameWidth = cardWidth - 2 * style.cardPadding();
        double frameHeight = Math.round(frameWidth * CardBox.PICTURE_ASPECT);
        boolean storyboard = lane.kind() == LaneKind.STORYBOARD;
        // A storyboard card is a picture frame with the caption under it.
        double frameSpace = storyboard ? frameHeight + style.cardPadding() : 0;
        Map<String, List<Card>> cardsByStage = lane.cardsByStage();
        List<List<List<String>>> linesByStage = new ArrayList<>();
        double tallestCell = 0;
        for (Stage stage : stages) {
            List<List<String>> cellLines = new ArrayList<>();
            double cellHeight = 0;
            for (Card card : cardsByStage.getOrDefault(stage.id(), List.of())) {
                List<String> lines = earlierLines.apply(card);
                if (lines == null) {
                    lines = wrapper.wrap(card.text(), textWidth, TextStyle.CARD, style.maxCardLines());
                }
                cellLines.add(lines);
                cellHeight += cardHeight(lines, lineHeight)
                        + frameSpace
                        + badgeSpace(lane.kind(), card)
                        + (cellLines.size() > 1 ? style.cardGap() : 0);
            }
            linesByStage.add(cellLines);
            tallestCell = Math.max(tallestCell, cellHeight);
        }
        LaneHeader label = laneLabel(lane);
        double height =
                Math.max(Math.max(style.minLaneHeight(), tallestCell + 2 * style.cellPadding()), label.height());
        Rect bounds =
                new Rect(0, top, style.laneLabelWidth() + Math.max(1, stages.size()) * style.stageWidth(), height);
        List<CellBox> cells = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            Rect cell = new Rect(style.laneLabelWidth() + s * style.stageWidth(), top, style.stageWidth(), height);
            List<CardBox> boxes = new ArrayList<>();
            double y = top + style.cellPadding();
            List<Card> cellCards = cardsByStage.getOrDefault(stage.id(), List.of());
            for (int i = 0; i < cellCards.size(); i++) {
                List<String> lines = linesByStage.get(s).get(i);
                double cardHeight =
                        cardHeight(lines, lineHeight) + frameSpace + badgeSpace(lane.kind(), cellCards.get(i));
                double x = cell.x() + style.cellPadding();
                Rect frame = storyboard
                        ? new Rect(x + style.cardPadding(), y + style.cardPadding(), frameWidth, frameHeight)
                        : null;
                boxes.add(new CardBox(
                        cellCards.get(i).id(),
                        lane.id(),
                        stage.id(),
                        lane.kind(),
                        i,
                        new Rect(x, y, cardWidth, cardHeight),
                        lines,
                        null,
                        frame,
                        null));
                y += cardHeight + style.cardGap();
            }
            cells.add(new CellBox(lane.id(), stage.id(), cell, boxes));
        }
        return new LaneRow(
                lane.id(),
                persona.id(),
                lane.kind(),
                bounds,
                new Rect(0, top, style.laneLabelWidth(), height),
                label.lines(),
                cells,
                List.of(),
                List.of(),
                false);
    }

    /** A folded lane: one line with its title and how many cards it hides; drops still land in its cells. */
    private LaneRow collapsedLane(Persona persona, Lane lane, List<Stage> stages, double top) {
        double height = TextStyle.LANE_TITLE.lineHeight() + 2 * style.cellPadding();
        String title = lane.title() + " (" + lane.cards().size() + ")";
        List<String> lines = wrapper.wrap(
                title, style.laneLabelWidth() - 2 * style.cellPadding() - LANE_ICON_SPACE, TextStyle.LANE_TITLE, 1);
        List<CellBox> cells = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            cells.add(new CellBox(
                    lane.id(),
                    stages.get(s).id(),
                    new Rect(style.laneLabelWidth() + s * style.stageWidth(), top, style.stageWidth(), height),
                    List.of()));
        }
        Rect bounds =
                new Rect(0, top, style.laneLabelWidth() + Math.max(1, stages.size()) * style.stageWidth(), height);
        return new LaneRow(
                lane.id(),
                persona.id(),
                lane.kind(),
                bounds,
                new Rect(0, top, style.laneLabelWidth(), height),
                lines,
                cells,
                List.of(),
                List.of(),
                true);
    }

    private LaneRow emotionLane(Persona persona, Lane lane, List<Stage> stages, double top) {
        LaneHeader label = laneLabel(lane);
        double height = Math.max(style.emotionLaneHeight(), label.height());
        EmotionScale scale = EmotionScale.of(top, height, style);
        Rect bounds =
                new Rect(0, top, style.laneLabelWidth() + Math.max(1, stages.size()) * style.stageWidth(), height);
        List<CellBox> cells = new ArrayList<>();
        List<Point> curve = new ArrayList<>();
        List<Point> futureCurve = new ArrayList<>();
        double lineHeight = TextStyle.EMOTION_LABEL.lineHeight();
        Map<String, List<Card>> cardsByStage = lane.cardsByStage();
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            Rect cell = new Rect(style.laneLabelWidth() + s * style.stageWidth(), top, style.stageWidth(), height);
            List<Card> cellCards = cardsByStage.getOrDefault(stage.id(), List.of());
            double slotWidth = cell.width() / Math.max(1, cellCards.size());
            List<CardBox> boxes = new ArrayList<>();
            for (int i = 0; i < cellCards.size(); i++) {
                Card card = cellCards.get(i);
                double slotX = cell.x() + i * slotWidth;
                double pointX = slotX + Math.min(slotWidth / 2, 18 + CardBox.EMOTION_POINT_RADIUS);
                int level = card.score() == null ? 0 : card.score();
                double pointY = scale.y(level);
                double labelX = pointX + CardBox.EMOTION_POINT_RADIUS + 5;
                double labelWidth = Math.max(24, slotX + slotWidth - 6 - labelX);
                List<String> lines = wrapper.wrap(
                        card.text(),
                        labelWidth - 2 * EMOTION_LABEL_PADDING,
                        TextStyle.EMOTION_LABEL,
                        MAX_EMOTION_LABEL_LINES);
                double textWidth = lines.stream()
                        .mapToDouble(line -> wrapper.width(line, TextStyle.EMOTION_LABEL))
                        .max()
                        .orElse(0);
                labelWidth = Math.min(labelWidth, Math.ceil(textWidth) + 2 * EMOTION_LABEL_PADDING + 1);
                double labelHeight = lines.size() * lineHeight + 2 * EMOTION_LABEL_PADDING;
                double labelY = Math.max(top + 2, Math.min(pointY - labelHeight / 2, top + height - 2 - labelHeight));
                Point point = new Point(pointX, pointY);
                Point futurePoint = card.futureScore() == null ? null : new Point(pointX, scale.y(card.futureScore()));
                boxes.add(new CardBox(
                        card.id(),
                        lane.id(),
                        stage.id(),
                        lane.kind(),
                        i,
                        new Rect(labelX, labelY, labelWidth, labelHeight),
                        lines,
                        point,
                        null,
                        futurePoint));
                if (card.score() != null) {
                    curve.add(point);
                }
                if (futurePoint != null) {
                    futureCurve.add(futurePoint);
                }
            }
            cells.add(new CellBox(lane.id(), stage.id(), cell, boxes));
        }
        return new LaneRow(
                lane.id(),
                persona.id(),
                lane.kind(),
                bounds,
                new Rect(0, top, style.laneLabelWidth(), height),
                label.lines(),
                cells,
                curve,
                futureCurve,
                false);
    }

    /** A ranked opportunity's badge row under its text; nothing for any other card. */
    private static double badgeSpace(LaneKind kind, Card card) {
        return OpportunityBadgeRow.shown(kind, card) ? OpportunityBadgeRow.HEIGHT : 0;
    }

    private double cardHeight(List<String> lines, double lineHeight) {
        return Math.max(1, lines.size()) * lineHeight + 2 * style.cardPadding();
    }

    private LaneHeader laneLabel(Lane lane) {
        double textWidth = style.laneLabelWidth() - 2 * style.cellPadding() - LANE_ICON_SPACE;
        List<String> lines = wrapper.wrap(lane.title(), textWidth, TextStyle.LANE_TITLE, MAX_LANE_TITLE_LINES);
        double height = lines.size() * TextStyle.LANE_TITLE.lineHeight() + 2 * style.cellPadding() + 4;
        return new LaneHeader(lines, height);
    }

    /** A lane's wrapped title and the height the label needs. */
    private record LaneHeader(List<String> lines, double height) {}
}
