package org.journeycanvas.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.compare.MergeConflict;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Persona;
import org.journeycanvas.ui.EditorViewModel;

/**
 * The conflicts a merge left in the open map — cards tagged {@value MergeConflict#TAG}, kept in both versions or
 * kept with an edit the other side deleted — to resolve one by one: keep a version (its tag goes) or delete it.
 * Each is one undo step; the list follows the map. Tested without a window.
 */
public final class ConflictsModel {
    private final EditorViewModel editor;
    private final ObservableList<String> cardIds = FXCollections.observableArrayList();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper focused = new ReadOnlyIntegerWrapper(-1);
    private final ChangeListener<JourneyMap> mapChanged = (obs, old, map) -> refresh();

    public ConflictsModel(EditorViewModel editor) {
        this.editor = editor;
        editor.mapProperty().addListener(mapChanged);
        refresh();
    }

    /** Whether a map holds cards a merge tagged as conflicts. */
    public static boolean hasConflicts(JourneyMap map) {
        return !conflictCards(map).isEmpty();
    }

    public void close() {
        editor.mapProperty().removeListener(mapChanged);
    }

    public ObservableList<String> cardIds() {
        return cardIds;
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public ReadOnlyIntegerProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public Optional<String> focusedCardId() {
        int index = focused.get();
        return index >= 0 && index < cardIds.size() ? Optional.of(cardIds.get(index)) : Optional.empty();
    }

    public void focus(int index) {
        focused.set(cardIds.isEmpty() ? -1 : Math.max(0, Math.min(cardIds.size() - 1, index)));
    }

    /** Keeps the focused version: the card stays, without its conflict tag. */
    public void keepFocused() {
        focusedCardId()
                .ifPresent(cardId -> editor.getMap().findCard(cardId).ifPresent(place -> {
                    List<String> tags = new ArrayList<>(place.card().tags());
                    tags.remove(MergeConflict.TAG);
                    apply(new FieldEdit<>(Field.CARD_TAGS, cardId, tags));
                }));
    }

    /** Deletes the focused version. */
    public void deleteFocused() {
        focusedCardId().ifPresent(cardId -> apply(new DeleteCardsCommand(Set.of(cardId))));
    }

    private void apply(org.journeycanvas.command.Command command) {
        int at = focused.get();
        editor.execute(command);
        editor.closeStep();
        focus(at);
    }

    private void refresh() {
        JourneyMap map = editor.getMap();
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (ConflictCard conflict : conflictCards(map)) {
            ids.add(conflict.card().id());
            texts.add(Messages.get(
                    "compare.ui.conflict",
                    conflict.card().text(),
                    conflict.persona().name(),
                    conflict.lane().title(),
                    map.stage(conflict.card().stageId())
                            .map(stage -> stage.name())
                            .orElse("")));
        }
        int at = focused.get();
        cardIds.setAll(ids);
        lines.setAll(texts);
        focused.set(-1);
        if (!ids.isEmpty()) {
            focus(Math.max(0, at));
        }
    }

    private record ConflictCard(Persona persona, Lane lane, Card card) {}

    private static List<ConflictCard> conflictCards(JourneyMap map) {
        List<ConflictCard> found = new ArrayList<>();
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Card card : lane.cards()) {
                    if (card.tags().contains(MergeConflict.TAG)) {
                        found.add(new ConflictCard(persona, lane, card));
                    }
                }
            }
        }
        return found;
    }
}
