package org.journeycanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.journeycanvas.command.Field;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.model.Persona;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;

/**
 * The ranking of one opportunity card: impact, effort, owner, status and the pain points it addresses. Each change
 * is one undoable edit of the card's opportunity; a card not yet ranked becomes {@link Opportunity#UNRATED} with
 * the change.
 */
public final class OpportunitySectionModel extends SectionModel {
    /** A pain point of the map the opportunity may address, and whether it does. */
    public record PainPointChoice(
            String cardId, String text, String stageName, String personaName, boolean linked, boolean connected) {}

    private final EditorViewModel editor;
    private final ObjectProperty<Integer> impact = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> effort = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<OpportunityStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<PainPointChoice> painPoints = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper isOpportunity = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper connectedUnlinked =
            new javafx.beans.property.ReadOnlyIntegerWrapper();
    private String cardId;

    public OpportunitySectionModel(EditorViewModel editor, EditorActions actions) {
        super(actions);
        this.editor = editor;
        onUserChange(impact, value -> set(opportunity -> opportunity.withImpact(value)));
        onUserChange(effort, value -> set(opportunity -> opportunity.withEffort(value)));
        onUserChange(status, value -> {
            if (value != null) {
                set(opportunity -> opportunity.withStatus(value));
            }
        });
        // Typing the owner is one undo step until the field is left, like the card's other texts.
        onUserChange(
                owner,
                value -> actions.typeInField(
                        Field.CARD_OPPORTUNITY, cardId, current().withOwner(value == null ? "" : value)));
    }

    /** Shows the card's ranking, and the map's pain points with the ones it addresses ticked. */
    public void show(JourneyMap.CardPlace place) {
        Card card = place.card();
        if (place.lane().kind() != LaneKind.OPPORTUNITIES) {
            // The section is hidden for any other card: no need to list the map's pain points on each keystroke.
            fill(() -> {
                cardId = card.id();
                isOpportunity.set(false);
            });
            return;
        }
        Opportunity opportunity = card.opportunity() == null ? Opportunity.UNRATED : card.opportunity();
        fill(() -> {
            cardId = card.id();
            isOpportunity.set(true);
            impact.set(opportunity.impact());
            effort.set(opportunity.effort());
            if (!opportunity.owner().equals(owner.get())) {
                owner.set(opportunity.owner());
            }
            status.set(opportunity.status());
            List<PainPointChoice> choices =
                    painPointsOf(editor.getMap(), card.id(), place.persona().id(), opportunity.addresses());
            if (!choices.equals(painPoints)) {
                painPoints.setAll(choices);
            }
            connectedUnlinked.set((int) painPoints.stream()
                    .filter(choice -> choice.connected() && !choice.linked())
                    .count());
        });
    }

    /** Links the opportunity to a pain point, or takes the link away. */
    public void link(String painPointId, boolean linked) {
        set(opportunity -> {
            List<String> addresses = new ArrayList<>(opportunity.addresses());
            addresses.remove(painPointId);
            if (linked) {
                addresses.add(painPointId);
            }
            return opportunity.withAddresses(addresses);
        });
    }

    /** Links, in one step, every pain point an arrow joins to this opportunity that is not linked yet. */
    public void linkConnected() {
        List<String> connected = painPoints.stream()
                .filter(choice -> choice.connected() && !choice.linked())
                .map(PainPointChoice::cardId)
                .toList();
        set(opportunity -> {
            List<String> addresses = new ArrayList<>(opportunity.addresses());
            addresses.addAll(connected);
            return opportunity.withAddresses(addresses);
        });
    }

    private void set(UnaryOperator<Opportunity> change) {
        Opportunity changed = change.apply(current());
        if (!changed.equals(card().opportunity())) {
            actions.setField(Field.CARD_OPPORTUNITY, cardId, changed);
        }
    }

    private Card card() {
        return editor.getMap().findCard(cardId).orElseThrow().card();
    }

    private Opportunity current() {
        Opportunity opportunity = card().opportunity();
        return opportunity == null ? Opportunity.UNRATED : opportunity;
    }

    /**
     * Every pain point card of the map, persona by persona — the opportunity's own persona first, as its pain
     * points are the likeliest — in stage order within each lane.
     */
    static List<PainPointChoice> painPointsOf(
            JourneyMap map, String opportunityId, String ownPersonaId, List<String> linked) {
        java.util.Set<String> joined = new java.util.HashSet<>();
        map.connectors().stream()
                .filter(connector -> connector.touches(opportunityId))
                .forEach(connector -> {
                    joined.add(connector.fromCardId());
                    joined.add(connector.toCardId());
                });
        List<PainPointChoice> choices = new ArrayList<>();
        List<Persona> personas = new ArrayList<>(map.personas());
        personas.sort(java.util.Comparator.comparing(persona -> !persona.id().equals(ownPersonaId)));
        for (Persona persona : personas) {
            for (Lane lane : persona.lanes()) {
                if (lane.kind() != LaneKind.PAIN_POINTS) {
                    continue;
                }
                for (var stage : map.stages()) {
                    for (Card card : lane.cardsByStage().getOrDefault(stage.id(), List.of())) {
                        choices.add(new PainPointChoice(
                                card.id(),
                                card.text(),
                                stage.name(),
                                persona.name(),
                                linked.contains(card.id()),
                                joined.contains(card.id())));
                    }
                }
            }
        }
        return choices;
    }

    /** Impact from 1 to 5, or null when not judged. */
    public ObjectProperty<Integer> impactProperty() {
        return impact;
    }

    /** Effort from 1 to 5, or null when not judged. */
    public ObjectProperty<Integer> effortProperty() {
        return effort;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<OpportunityStatus> statusProperty() {
        return status;
    }

    public ObservableList<PainPointChoice> painPoints() {
        return painPoints;
    }

    /** How many pain points an arrow joins to this opportunity without a link yet. */
    public javafx.beans.property.ReadOnlyIntegerProperty connectedUnlinkedProperty() {
        return connectedUnlinked.getReadOnlyProperty();
    }

    /** Whether the card shown is an opportunity, which alone has a ranking. */
    public ReadOnlyBooleanProperty isOpportunityProperty() {
        return isOpportunity.getReadOnlyProperty();
    }
}
