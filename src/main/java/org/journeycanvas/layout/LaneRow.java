package org.journeycanvas.layout;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.journeycanvas.model.LaneKind;

/**
 * A lane across the map: its label on the left, one cell per stage, and for an emotion lane the points of the
 * curve from left to right. A collapsed lane is one line high and shows no cards.
 *
 * <p>An emotion lane has two series: {@code curve}, the as-is scores, and {@code futureCurve}, the to-be scores
 * ({@code Card.futureScore}) at the same x; {@code curves} says which of them the view shows. A row hiding the
 * to-be curve has no future points, so nothing can pick them.
 *
 * <p>Each row indexes its own card boxes by id ({@code cardsById}, made from the cells). A layout after an edit
 * reuses the rows that did not change, and with them their indexes: one index of every card, rebuilt each time, was
 * most of laying out a large map again.
 *
 * <p>A row moved down ({@link #movedDown}), as every row under a lane that grew is, moves its cells and cards only
 * when they are first asked for: after an edit of a large map the canvas shows a few of the rows below, and moving
 * all their cards at once was most of the edit's layout. Its bounds, label and curves move at once. A value: two
 * rows are equal when all their parts are.
 */
public final class LaneRow {
    private final String laneId;
    private final String personaId;
    private final LaneKind kind;
    private final Rect bounds;
    private final Rect label;
    private final List<String> titleLines;
    private final List<Point> curve;
    private final boolean collapsed;
    private final List<Point> futureCurve;
    private final CurveView curves;
    /** For a row moved down: the row it is a copy of, moved by {@link #dy}; null for a row made with its cells. */
    private final LaneRow movedFrom;

    private final double dy;
    /** Set once, from any thread: the same contents each time, published whole. */
    private volatile Contents contents;

    private record Contents(List<CellBox> cells, Map<String, CardBox> cardsById) {}

    LaneRow(
            String laneId,
            String personaId,
            LaneKind kind,
            Rect bounds,
            Rect label,
            List<String> titleLines,
            List<CellBox> cells,
            List<Point> curve,
            boolean collapsed,
            Map<String, CardBox> cardsById,
            List<Point> futureCurve,
            CurveView curves) {
        this(laneId, personaId, kind, bounds, label, titleLines, curve, collapsed, futureCurve, curves, null, 0);
        List<CellBox> copied = List.copyOf(cells);
        // null: index the cells' cards
        this.contents =
                new Contents(copied, Collections.unmodifiableMap(cardsById == null ? indexCards(copied) : cardsById));
    }

    private LaneRow(
            String laneId,
            String personaId,
            LaneKind kind,
            Rect bounds,
            Rect label,
            List<String> titleLines,
            List<Point> curve,
            boolean collapsed,
            List<Point> futureCurve,
            CurveView curves,
            LaneRow movedFrom,
            double dy) {
        this.laneId = laneId;
        this.personaId = personaId;
        this.kind = kind;
        this.bounds = bounds;
        this.label = label;
        this.titleLines = List.copyOf(titleLines);
        this.curve = List.copyOf(curve);
        this.collapsed = collapsed;
        this.futureCurve = List.copyOf(futureCurve);
        this.curves = Objects.requireNonNull(curves, "curves");
        this.movedFrom = movedFrom;
        this.dy = dy;
    }

    /** A new row, its cards indexed from the cells, both series shown (a lane of any other kind has neither). */
    public LaneRow(
            String laneId,
            String personaId,
            LaneKind kind,
            Rect bounds,
            Rect label,
            List<String> titleLines,
            List<CellBox> cells,
            List<Point> curve,
            List<Point> futureCurve,
            boolean collapsed) {
        this(
                laneId,
                personaId,
                kind,
                bounds,
                label,
                titleLines,
                cells,
                curve,
                collapsed,
                null,
                futureCurve,
                CurveView.BOTH);
    }

    private static Map<String, CardBox> indexCards(List<CellBox> cells) {
        Map<String, CardBox> byId = new HashMap<>();
        for (CellBox cell : cells) {
            for (CardBox card : cell.cards()) {
                byId.put(card.cardId(), card);
            }
        }
        return byId;
    }

    /** This row moved down; its cells and cards move when first asked for. */
    public LaneRow movedDown(double by) {
        if (by == 0) {
            return this;
        }
        Contents made = contents;
        LaneRow from = made == null ? movedFrom : this;
        return new LaneRow(
                laneId,
                personaId,
                kind,
                bounds.movedDown(by),
                label.movedDown(by),
                titleLines,
                movedDown(curve, by),
                collapsed,
                movedDown(futureCurve, by),
                curves,
                from,
                made == null ? dy + by : by);
    }

    /** The cells, moved and indexed in one pass when this row was moved down. */
    private Contents contents() {
        Contents made = contents;
        if (made == null) {
            Contents from = movedFrom.contents();
            Map<String, CardBox> movedById =
                    new HashMap<>((int) (from.cardsById().size() / 0.75f) + 1);
            CellBox[] movedCells = new CellBox[from.cells().size()];
            for (int i = 0; i < movedCells.length; i++) {
                movedCells[i] = from.cells().get(i).movedDown(dy, movedById);
            }
            made = new Contents(List.of(movedCells), Collections.unmodifiableMap(movedById));
            contents = made;
        }
        return made;
    }

    public String laneId() {
        return laneId;
    }

    public String personaId() {
        return personaId;
    }

    public LaneKind kind() {
        return kind;
    }

    public Rect bounds() {
        return bounds;
    }

    public Rect label() {
        return label;
    }

    public List<String> titleLines() {
        return titleLines;
    }

    /** One cell per stage, left to right. */
    public List<CellBox> cells() {
        return contents().cells();
    }

    public List<Point> curve() {
        return curve;
    }

    public boolean collapsed() {
        return collapsed;
    }

    public Map<String, CardBox> cardsById() {
        return contents().cardsById();
    }

    public List<Point> futureCurve() {
        return futureCurve;
    }

    public CurveView curves() {
        return curves;
    }

    /** A card's box, or null: a row not yet moved moves just that box. */
    public CardBox card(String cardId) {
        Contents made = contents;
        if (made != null) {
            return made.cardsById().get(cardId);
        }
        CardBox box = movedFrom.card(cardId);
        return box == null ? null : box.movedDown(dy);
    }

    /** How many cards the row holds, without moving them. */
    public int cardCount() {
        Contents made = contents;
        return made != null ? made.cardsById().size() : movedFrom.cardCount();
    }

    private static List<Point> movedDown(List<Point> points, double dy) {
        Point[] moved = new Point[points.size()];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = points.get(i).movedDown(dy);
        }
        return List.of(moved);
    }

    /**
     * This row as a view showing some of its curves: hiding the to-be curve drops its points, so the row is
     * laid out once with both and shown in any way.
     */
    public LaneRow showing(CurveView shown) {
        if (shown == curves || kind != LaneKind.EMOTIONS) {
            return this;
        }
        boolean dropsFuture = !shown.showsToBe() && !futureCurve.isEmpty();
        List<CellBox> shownCells = dropsFuture
                ? cells().stream()
                        .map(cell -> new CellBox(
                                cell.laneId(),
                                cell.stageId(),
                                cell.bounds(),
                                cell.cards().stream()
                                        .map(box -> box.withFuturePoint(null))
                                        .toList()))
                        .toList()
                : cells();
        return new LaneRow(
                laneId,
                personaId,
                kind,
                bounds,
                label,
                titleLines,
                shownCells,
                curve,
                collapsed,
                dropsFuture ? null : cardsById(),
                dropsFuture ? List.of() : futureCurve,
                shown);
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof LaneRow row
                        && collapsed == row.collapsed
                        && laneId.equals(row.laneId)
                        && personaId.equals(row.personaId)
                        && kind == row.kind
                        && bounds.equals(row.bounds)
                        && label.equals(row.label)
                        && titleLines.equals(row.titleLines)
                        && curve.equals(row.curve)
                        && futureCurve.equals(row.futureCurve)
                        && curves == row.curves
                        && cells().equals(row.cells());
    }

    @Override
    public int hashCode() {
        return Objects.hash(laneId, personaId, kind, bounds, label, titleLines, curve, collapsed, futureCurve, curves);
    }

    @Override
    public String toString() {
        return "LaneRow[" + laneId + " of " + personaId + ", " + kind + " at " + bounds + "]";
    }
}
