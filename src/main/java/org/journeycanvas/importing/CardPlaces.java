package org.journeycanvas.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;

/**
 * Where a row of the cards sheet puts its card: the persona, stage and lane it names. Names are compared without
 * case or extra spaces. A lane the persona lacks is added: of the kind it names when its name is a kind's (in any
 * language), else a notes lane with that title, which holds any text; rows naming the same new lane share it.
 */
final class CardPlaces {
    /** A lane to put a card in; {@code newLane} is the lane to add first, or null when it exists. */
    record Target(String laneId, LaneKind kind, String shownTitle, Lane newLane) {
        static Target of(Lane lane) {
            return new Target(lane.id(), lane.kind(), lane.title(), null);
        }
    }

    private final CardColumns columns;
    private final List<Persona> exported;
    private final StageNames stages;
    private final Supplier<String> newIds;
    private final Map<String, Lane> newLanes = new HashMap<>();

    CardPlaces(CardColumns columns, List<Persona> exported, StageNames stages, Supplier<String> newIds) {
        this.columns = columns;
        this.exported = exported;
        this.stages = stages;
        this.newIds = newIds;
    }

    /** The persona a row names; an empty cell keeps the card's, or is the only persona exported. */
    Persona persona(TableRow row, Persona current) throws TableReadException {
        String name = columns.name(row, ColumnRole.PERSONA);
        if (current != null && (name.isEmpty() || same(name, current.name()))) {
            return current;
        }
        for (Persona persona : exported) {
            if (same(name, persona.name())) {
                return persona;
            }
        }
        if (name.isEmpty() && exported.size() == 1) {
            return exported.get(0);
        }
        throw columns.problem(
                row,
                ColumnRole.PERSONA,
                name.isEmpty()
                        ? Messages.get("import.roundTrip.problem.blankPersona")
                        : Messages.get("import.roundTrip.problem.persona", name));
    }

    /** The stage a row names; an empty cell keeps the card's. */
    String stageId(TableRow row, Card current) throws TableReadException {
        String name = columns.name(row, ColumnRole.STAGE);
        if (current != null && (name.isEmpty() || stages.names(current.stageId(), name))) {
            return current.stageId();
        }
        String id = stages.idNamed(name);
        if (id != null) {
            return id;
        }
        throw columns.problem(
                row,
                ColumnRole.STAGE,
                name.isEmpty()
                        ? Messages.get("import.roundTrip.problem.blankStage")
                        : Messages.get("import.roundTrip.problem.stage", name));
    }

    /** The lane a row names in the persona; an empty cell keeps the card's when it stays with its persona. */
    Target lane(TableRow row, Persona persona, Lane current) throws TableReadException {
        String title = columns.name(row, ColumnRole.LANE);
        if (current != null && (title.isEmpty() || same(title, current.title()))) {
            return Target.of(current);
        }
        for (Lane lane : persona.lanes()) {
            if (same(title, lane.title())) {
                return Target.of(lane);
            }
        }
        if (title.isEmpty()) {
            throw columns.problem(row, ColumnRole.LANE, Messages.get("import.roundTrip.problem.blankLane"));
        }
        String key = persona.id() + "\n" + MapDraft.nameKey(title);
        Lane made = newLanes.get(key);
        if (made == null) {
            LaneKind kind = KnownNames.laneKind(title).orElse(null);
            if (kind != null) {
                for (Lane lane : persona.lanes()) {
                    if (lane.kind() == kind) {
                        return Target.of(lane);
                    }
                }
            }
            made = new Lane(newIds.get(), kind == null ? LaneKind.NOTES : kind, title, List.of());
            newLanes.put(key, made);
        }
        return new Target(made.id(), made.kind(), Messages.get("import.roundTrip.change.newLane", title), made);
    }

    String stageName(String stageId) {
        return stages.shownName(stageId);
    }

    private static boolean same(String a, String b) {
        return MapDraft.nameKey(a).equals(MapDraft.nameKey(b));
    }
}
