package org.journeycanvas.compare;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.journeycanvas.command.Field;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;

/**
 * One field that compare and merge look at, of one kind of element: how to read it, how to set it, and the
 * editor's {@link Field} that sets it as an undo step (null where the editor has none). The lists below are the
 * one place that says which fields are compared: a new field of the model is one more line here.
 *
 * <p>Where an element sits (a card's lane and stage, a lane's persona) and the order of lists are not fields:
 * they are compared as moves.
 *
 * @param name the field's name in {@code --json} output and in the {@code compare.field.} messages
 */
public record ComparedField<E, V>(String name, Function<E, V> value, BiFunction<E, V, E> setter, Field<E, V> edit) {
    public static final List<ComparedField<JourneyMap, ?>> MAP = List.of(
            of("title", JourneyMap::title, JourneyMap::withTitle, Field.MAP_TITLE),
            of("description", JourneyMap::description, JourneyMap::withDescription, Field.MAP_DESCRIPTION));

    public static final List<ComparedField<Stage, ?>> STAGE = List.of(
            of("name", Stage::name, Stage::withName, Field.STAGE_NAME),
            of("description", Stage::description, Stage::withDescription, Field.STAGE_DESCRIPTION),
            of("color", Stage::color, Stage::withColor, Field.STAGE_COLOR),
            of("figures", Stage::figures, Stage::withFigures, Field.STAGE_FIGURES));

    public static final List<ComparedField<Persona, ?>> PERSONA = List.of(
            of("name", Persona::name, Persona::withName, Field.PERSONA_NAME),
            of("role", Persona::role, Persona::withRole, Field.PERSONA_ROLE),
            of("quote", Persona::quote, Persona::withQuote, Field.PERSONA_QUOTE),
            of("description", Persona::description, Persona::withDescription, Field.PERSONA_DESCRIPTION),
            of("goals", Persona::goals, Persona::withGoals, Field.PERSONA_GOALS),
            of("color", Persona::color, Persona::withColor, Field.PERSONA_COLOR),
            of("photo", Persona::photo, Persona::withPhoto, Field.PERSONA_PHOTO));

    /** A lane's kind cannot be edited in the window, but a file may change it; taking it back replaces the lane. */
    public static final ComparedField<Lane, LaneKind> LANE_KIND = of("kind", Lane::kind, ComparedField::withKind, null);

    public static final List<ComparedField<Lane, ?>> LANE =
            List.of(of("title", Lane::title, Lane::withTitle, Field.LANE_TITLE), LANE_KIND);

    public static final List<ComparedField<Card, ?>> CARD = List.of(
            of("text", Card::text, Card::withText, Field.CARD_TEXT),
            of("note", Card::note, Card::withNote, Field.CARD_NOTE),
            of("channel", Card::channel, Card::withChannel, Field.CARD_CHANNEL),
            of("score", Card::score, Card::withScore, Field.CARD_SCORE),
            of("color", Card::color, Card::withColor, Field.CARD_COLOR),
            of("tags", Card::tags, Card::withTags, Field.CARD_TAGS),
            of("picture", Card::picture, Card::withPicture, Field.CARD_PICTURE),
            of("futureScore", Card::futureScore, Card::withFutureScore, Field.CARD_FUTURE_SCORE),
            of("opportunity", Card::opportunity, Card::withOpportunity, Field.CARD_OPPORTUNITY));

    /** A connector's two cards are one value: setting one end and then the other could join a card to itself. */
    public static final ComparedField<Connector, List<String>> CONNECTOR_ENDS = of(
            "ends",
            connector -> List.of(connector.fromCardId(), connector.toCardId()),
            (connector, ends) -> connector.withEnds(ends.get(0), ends.get(1)),
            null);

    public static final List<ComparedField<Connector, ?>> CONNECTOR = List.of(
            CONNECTOR_ENDS,
            of("label", Connector::label, Connector::withLabel, Field.CONNECTOR_LABEL),
            of("style", Connector::style, Connector::withStyle, Field.CONNECTOR_STYLE));

    private static <E, V> ComparedField<E, V> of(
            String name, Function<E, V> value, BiFunction<E, V, E> setter, Field<E, V> edit) {
        return new ComparedField<>(name, value, setter, edit);
    }

    /** Whether the field holds a picture (a data URI), which a summary names rather than prints. */
    public boolean picture() {
        return name.equals("photo") || name.equals("picture");
    }

    /**
     * Whether a card in a lane of this kind can hold the field: only touchpoints have a channel, only emotions a
     * score. A value a card lost by moving to a lane that cannot hold it is part of the move, not a change of its own.
     */
    public boolean fits(LaneKind kind) {
        return switch (name) {
            case "channel" -> kind == LaneKind.TOUCHPOINTS;
            case "score" -> kind == LaneKind.EMOTIONS;
            case "picture" -> kind == LaneKind.STORYBOARD;
            case "futureScore" -> kind == LaneKind.EMOTIONS;
            case "opportunity" -> kind == LaneKind.OPPORTUNITIES;
            default -> true;
        };
    }

    /** Whether only cards of some lane kinds hold the field (a channel, a score). */
    boolean dependsOnLaneKind() {
        return !fits(LaneKind.NOTES);
    }

    /** The field's value in an element, untyped: for code that goes through a list of fields. */
    Object valueIn(Object element) {
        return value.apply(cast(element));
    }

    /** The element with this field set to a value read from another element of its kind. */
    @SuppressWarnings("unchecked")
    <T> T with(T element, Object fieldValue) {
        return (T) setter.apply(cast(element), (V) fieldValue);
    }

    @SuppressWarnings("unchecked")
    private E cast(Object element) {
        return (E) element;
    }

    /** The lane as a lane of another kind: its cards drop a channel or score that kind cannot hold. */
    static Lane withKind(Lane lane, LaneKind kind) {
        return new Lane(
                lane.id(),
                kind,
                lane.title(),
                lane.cards().stream().map(card -> card.adaptedTo(kind)).toList());
    }
}
