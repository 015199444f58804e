package org.journeycanvas.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.journeycanvas.command.CardFieldEdits;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.CompositeCommand;
import org.journeycanvas.command.DeleteCardsCommand;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.ImportedChange.Step;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;

/** The differences between a map and an edited Excel export of it, and the one undo step that applies them. */
public final class MapChanges {
    private MapChanges() {}

    /**
     * What changed in {@code edited} since {@code map} was exported: texts, notes, tags, channels and scores,
     * cards moved, added and deleted, stages renamed. An unchanged export gives no change. A row still as exported
     * (its fingerprint in the marker) is no change even when the map changed since, and only a card whose id was
     * exported can be deleted; an export without fingerprints is compared with the map as it is. Only the personas
     * the workbook was exported for can lose cards.
     *
     * @throws TableReadException when a cell cannot be taken (a score that is not a number), placed as
     *     {@code Cards!H14: …}, or when the workbook was exported from another map
     */
    public static List<MapChange> between(JourneyMap map, ExportedCards edited) throws TableReadException {
        if (!map.id().equals(edited.mapId())) {
            throw edited.cards().problem(Messages.get("import.roundTrip.problem.otherMap"));
        }
        CardColumns columns = CardColumns.of(edited.cards());
        List<Persona> exported = map.personas().stream()
                .filter(persona -> edited.personaIds().contains(persona.id()))
                .toList();
        StageNames stages = new StageNames(map, edited.stages());
        List<MapChange> changes = new ArrayList<>(stages.changes());
        changes.addAll(new CardChanges(map, columns, exported, edited.fingerprints(), stages).between());
        return List.copyOf(changes);
    }

    /**
     * The accepted changes as one undo step ("Import changes"); never called with an empty list. Changes of one
     * kind are applied together (card field edits, placed cards, deleted cards each in one pass over the map), so
     * that applying thousands of changes takes about as long as applying one per card would take for a few.
     */
    public static Command command(List<MapChange> accepted) {
        List<Command> steps = new ArrayList<>();
        List<FieldEdit<Card, ?>> cardEdits = new ArrayList<>();
        List<PlaceCard> places = new ArrayList<>();
        Set<String> deleted = new LinkedHashSet<>();
        List<MapChange> sorted =
                accepted.stream().sorted(Comparator.comparing(MapChanges::step)).toList();
        for (MapChange change : sorted) {
            Command command = change.command();
            if (command instanceof PlaceCard place) {
                places.add(place);
            } else if (command instanceof DeleteCardsCommand delete) {
                deleted.addAll(delete.cardIds());
            } else if (command instanceof FieldEdit<?, ?> edit
                    && change instanceof ImportedChange imported
                    && imported.step() == Step.FIELD) {
                cardEdits.add(cardEdit(edit));
            } else {
                steps.add(command);
            }
        }
        if (!places.isEmpty()) {
            steps.add(new PlaceCards(places));
        }
        if (!cardEdits.isEmpty()) {
            steps.add(new CardFieldEdits(cardEdits));
        }
        if (!deleted.isEmpty()) {
            steps.add(new DeleteCardsCommand(deleted));
        }
        return new CompositeCommand(Messages.get("import.roundTrip.undo"), steps);
    }

    /** The field steps of an import are all card fields ({@link CardChanges}). */
    @SuppressWarnings("unchecked")
    private static FieldEdit<Card, ?> cardEdit(FieldEdit<?, ?> edit) {
        return (FieldEdit<Card, ?>) edit;
    }

    private static Step step(MapChange change) {
        return change instanceof ImportedChange imported ? imported.step() : Step.FIELD;
    }
}
