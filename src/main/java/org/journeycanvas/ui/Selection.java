package org.journeycanvas.ui;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;

/**
 * What the user has selected: cards, or one stage, and the cell that paste goes into. UI state: never saved,
 * never undone.
 */
public final class Selection {
    /** A lane at a stage. */
    public record Cell(String laneId, String stageId) {
    }

    private final ObservableSet<String> cardIds = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<String> stageId = new SimpleObjectProperty<>();
    private final ObjectProperty<Cell> cell = new SimpleObjectProperty<>();

    public ObservableSet<String> cardIds() {
        return cardIds;
    }

    public ObjectProperty<String> stageIdProperty() {
        return stageId;
    }

    public ObjectProperty<Cell> cellProperty() {
        return cell;
    }

    public boolean isEmpty() {
        return cardIds.isEmpty() && stageId.get() == null;
    }

    public void selectCards(Collection<String> ids, Cell pasteCell) {
        stageId.set(null);
        cardIds.clear();
        cardIds.addAll(ids);
        cell.set(pasteCell);
    }

    public void toggleCard(String cardId, Cell pasteCell) {
        stageId.set(null);
        if (!cardIds.remove(cardId)) {
            cardIds.add(cardId);
        }
        cell.set(pasteCell);
    }

    public void selectCell(Cell selected) {
        stageId.set(null);
        cardIds.clear();
        cell.set(selected);
    }

    public void selectStage(String selectedStageId) {
        cardIds.clear();
        cell.set(null);
        stageId.set(selectedStageId);
    }

    public void clear() {
        cardIds.clear();
        stageId.set(null);
        cell.set(null);
    }

    /** Forgets what no longer exists after a change, undo or redo. */
    public void retainExisting(JourneyMap map) {
        MapIndex index = new MapIndex(map);
        cardIds.removeIf(id -> index.card(id) == null);
        if (stageId.get() != null && index.stage(stageId.get()) == null) {
            stageId.set(null);
        }
        Cell selected = cell.get();
        if (selected != null && (index.lane(selected.laneId()) == null || index.stage(selected.stageId()) == null)) {
            cell.set(null);
        }
    }

    public Set<String> cardIdsSnapshot() {
        return Set.copyOf(cardIds);
    }
}
