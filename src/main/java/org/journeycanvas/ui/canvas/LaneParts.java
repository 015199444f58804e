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
 * changes that cell from the first card that differs down, and the strip between the lane's old and new bottom if
 * it grew or shrank. An emotion lane, whose curve runs across its cells, or a lane whose label or kind changed,
 * changes as a whole.
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
            Rect cell = newCell.bounds();
            double bottom = Math.max(oldCell.bounds().maxY(), cell.maxY());
            if (!oldCell.stageId().equals(newCell.stageId())
                    || Double.compare(oldCell.bounds().x(), cell.x()) != 0
                    || Double.compare(oldCell.bounds().width(), cell.width()) != 0) {
                areas.add(new Rect(cell.x(), cell.y(), cell.width(), bottom - cell.y()));
                continue;
            }
            int first = firstChangedCard(oldCell.cards(), newCell.cards(), beforeIndex, afterIndex);
            if (first >= 0) {
                double top = Math.min(topOf(oldCell.cards(), first, bottom), topOf(newCell.cards(), first, bottom));
                areas.add(new Rect(cell.x(), top, cell.width(), bottom - top));
            }
        }
    }

    /**
     * Where two cells' cards first differ: a box in another place, or another card of the model (an edit replaces
     * what it changes); -1 if nowhere.
     */
    private static int firstChangedCard(
            List<CardBox> old, List<CardBox> now, MapIndex beforeIndex, MapIndex afterIndex) {
        int common = Math.min(old.size(), now.size());
        for (int i = 0; i < common; i++) {
            CardBox box = now.get(i);
            if (!old.get(i).equals(box) || beforeIndex.card(box.cardId()) != afterIndex.card(box.cardId())) {
                return i;
            }
        }
        return old.size() == now.size() ? -1 : common;
    }

    private static double topOf(List<CardBox> cards, int index, double bottom) {
        return index < cards.size() ? cards.get(index).bounds().y() : bottom;
    }
}
