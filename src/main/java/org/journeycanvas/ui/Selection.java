package org.journeycanvas.ui;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;

/**
 * What the user has selected: cards, or one stage, lane or persona, and the cell that paste goes into. UI
 * state: never saved, never undone.
 */
public final class Selection {
    /** A lane at a stage. */
    public record Cell(String laneId, String stageId) {
    }

    private final ObservableSet<String> cardIds = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<String> stageId = new SimpleObjectProperty<>();
    private final ObjectProperty<Cell> cell = new SimpleObjectProperty<>();
    private final ObjectProperty<String> laneId = new SimpleObjectProperty<>();
    private final ObjectProperty<String> personaId = new SimpleObjectProperty<>();

    public ObservableSet<String> cardIds() {
        return cardIds;
    }

    public ObjectProperty<String> stageIdProperty() {
        return stageId;
    }

    public ObjectProperty<Cell> cellProperty() {
        return cell;
    }

    public ObjectProperty<String> laneIdProperty() {
        return laneId;
    }

    public ObjectProperty<String> personaIdProperty() {
        return personaId;
    }

    public boolean isEmpty() {
        return cardIds.isEmpty() && stageId.get() == null && laneId.get() == null && personaId.get() == null;
    }

    public void selectCards(Collection<String> ids, Cell pasteCell) {
        clearSingles();
        cardIds.clear();
        cardIds.addAll(ids);
        cell.set(pasteCell);
    }

    public void toggleCard(String cardId, Cell pasteCell) {
        clearSingles();
        if (!cardIds.remove(cardId)) {
            cardIds.add(cardId);
        }
        cell.set(pasteCell);
    }

    public void selectCell(Cell selected) {
        clearSingles();
        cardIds.clear();
        cell.set(selected);
    }

    public void selectStage(String selectedStageId) {
        cardIds.clear();
        cell.set(null);
        clearSingles();
        stageId.set(selectedStageId);
    }

    public void selectLane(String selectedLaneId) {
        cardIds.clear();
        cell.set(null);
        clearSingles();
        laneId.set(selectedLaneId);
    }

    public void selectPersona(String selectedPersonaId) {
        cardIds.clear();
        cell.set(null);
        clearSingles();
        personaId.set(selectedPersonaId);
    }

    public void clear() {
        cardIds.clear();
        clearSingles();
        cell.set(null);
    }

    private void clearSingles() {
        stageId.set(null);
        laneId.set(null);
        personaId.set(null);
    }

    /** Forgets what no longer exists after a change, undo or redo. */
    public void retainExisting(JourneyMap map) {
        Set<String> ids = new HashSet<>(cardIds);
        Stream.of(stageId.get(), laneId.get(), personaId.get()).filter(Objects::nonNull).forEach(ids::add);
        if (cell.get() != null) {
            ids.add(cell.get().laneId());
            ids.add(cell.get().stageId());
        }
        MapIndex index = MapIndex.among(map, ids);
        cardIds.removeIf(id -> index.card(id) == null);
        if (stageId.get() != null && index.stage(stageId.get()) == null) {
            stageId.set(null);
        }
        if (laneId.get() != null && index.lane(laneId.get()) == null) {
            laneId.set(null);
        }
        if (personaId.get() != null && index.persona(personaId.get()) == null) {
            personaId.set(null);
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
