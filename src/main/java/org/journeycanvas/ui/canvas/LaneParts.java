package org.journeycanvas.ui.canvas;

import java.util.List;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.MapIndex;

/**
 * The parts of a lane's picture an edit changed, for {@link ChangedAreas}: a card lane is painted cell by cell
 * (its fill, its label at the top, a line at its bottom, and each cell's cards), so a card added to one cell
 * changes that cell, and the strip between the lane's old and new bottom if it grew or shrank. An emotion lane,
 * whose curve runs across its cells, or a lane whose label or kind changed, changes as a whole.
 */
final class LaneParts {
    private LaneParts() {}

    static void addChanged(LaneRow old, LaneRow now, MapIndex beforeIndex, MapIndex afterIndex, List<Rect> areas) {
        Rect oldBounds = old.bounds();
        Rect newBounds = now.bounds();
        if (old.kind() != now.kind()
                || now.kind() == LaneKind.EMOTIONS
                || old.collapsed()
                || now.collapsed()
                || Double.compare(oldBounds.x(), newBounds.x()) != 0
                || Double.compare(oldBounds.y(), newBounds.y()) != 0
                || Double.compare(oldBounds.width(), newBounds.width()) != 0
                || !old.titleLines().equals(now.titleLines())
                || old.cells().size() != now.cells().size()) {
            areas.add(new Rect(
                    newBounds.x(), newBounds.y(), newBounds.width(), Math.max(oldBounds.height(), newBounds.height())));
            return;
        }
        if (Double.compare(oldBounds.height(), newBounds.height()) != 0) {
            double top = Math.min(oldBounds.maxY(), newBounds.maxY());
            double bottom = Math.max(oldBounds.maxY(), newBounds.maxY());
            areas.add(new Rect(newBounds.x(), top, newBounds.width(), bottom - top));
        }
        for (int s = 0; s < now.cells().size(); s++) {
            CellBox oldCell = old.cells().get(s);
            CellBox newCell = now.cells().get(s);
            if (!sameCards(oldCell, newCell, beforeIndex, afterIndex)) {
                Rect cell = newCell.bounds();
                areas.add(new Rect(
                        cell.x(),
                        cell.y(),
                        cell.width(),
                        Math.max(oldCell.bounds().height(), cell.height())));
            }
        }
    }

    /** The same cards in the same places, each the same card of the model (an edit replaces what it changes). */
    private static boolean sameCards(CellBox old, CellBox now, MapIndex beforeIndex, MapIndex afterIndex) {
        if (!old.stageId().equals(now.stageId())
                || Double.compare(old.bounds().x(), now.bounds().x()) != 0
                || Double.compare(old.bounds().width(), now.bounds().width()) != 0
                || !old.cards().equals(now.cards())) {
            return false;
        }
        for (CardBox box : now.cards()) {
            if (beforeIndex.card(box.cardId()) != afterIndex.card(box.cardId())) {
                return false;
            }
        }
        return true;
    }
}
