package org.journeycanvas.command;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.Connector;
import org.journeycanvas.model.ConnectorStyle;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;

/**
 * One field the user edits, of one kind of element: how to set it and what the Edit menu calls setting it.
 * {@link FieldEdit} sets any of them; a new editable field is one more constant here.
 *
 * @param <E> the element's record type
 * @param <V> the field's value type
 */
public final class Field<E, V> {
    public static final Field<JourneyMap, String> MAP_TITLE = of(Element.MAP, "mapTitle", JourneyMap::withTitle);
    public static final Field<JourneyMap, String> MAP_DESCRIPTION =
            of(Element.MAP, "mapDescription", JourneyMap::withDescription);

    public static final Field<Stage, String> STAGE_NAME = of(Element.STAGE, "stageName", Stage::withName);
    public static final Field<Stage, String> STAGE_DESCRIPTION =
            of(Element.STAGE, "stageDescription", Stage::withDescription);
    public static final Field<Stage, String> STAGE_COLOR = of(Element.STAGE, "stageColor", Stage::withColor);
    public static final Field<Stage, StageFigures> STAGE_FIGURES =
            of(Element.STAGE, "stageFigures", Stage::withFigures);

    public static final Field<Persona, String> PERSONA_NAME = of(Element.PERSONA, "personaName", Persona::withName);
    public static final Field<Persona, String> PERSONA_ROLE = of(Element.PERSONA, "personaRole", Persona::withRole);
    public static final Field<Persona, String> PERSONA_QUOTE = of(Element.PERSONA, "personaQuote", Persona::withQuote);
    public static final Field<Persona, String> PERSONA_DESCRIPTION =
            of(Element.PERSONA, "personaDescription", Persona::withDescription);
    public static final Field<Persona, List<String>> PERSONA_GOALS =
            of(Element.PERSONA, "personaGoals", Persona::withGoals);
    public static final Field<Persona, String> PERSONA_COLOR = of(Element.PERSONA, "personaColor", Persona::withColor);
    public static final Field<Persona, String> PERSONA_PHOTO = new Field<>(
            Element.PERSONA,
            photo -> Messages.get(photo == null ? "undo.field.personaPhoto.remove" : "undo.field.personaPhoto.set"),
            Persona::withPhoto);

    public static final Field<Lane, String> LANE_TITLE = of(Element.LANE, "laneTitle", Lane::withTitle);

    public static final Field<Card, String> CARD_TEXT = of(Element.CARD, "cardText", Card::withText);
    public static final Field<Card, String> CARD_NOTE = of(Element.CARD, "cardNote", Card::withNote);
    public static final Field<Card, List<String>> CARD_TAGS = of(Element.CARD, "cardTags", Card::withTags);
    public static final Field<Card, String> CARD_COLOR = of(Element.CARD, "cardColor", Card::withColor);
    public static final Field<Card, Channel> CARD_CHANNEL = of(Element.CARD, "cardChannel", Card::withChannel);
    public static final Field<Card, Integer> CARD_SCORE = of(Element.CARD, "cardScore", Card::withScore);
    public static final Field<Card, Integer> CARD_FUTURE_SCORE =
            of(Element.CARD, "cardFutureScore", Card::withFutureScore);
    public static final Field<Card, Opportunity> CARD_OPPORTUNITY =
            of(Element.CARD, "cardOpportunity", Card::withOpportunity);
    /** A storyboard card's picture, a data URI; null removes it. */
    public static final Field<Card, String> CARD_PICTURE = new Field<>(
            Element.CARD,
            picture -> Messages.get(picture == null ? "undo.field.cardPicture.remove" : "undo.field.cardPicture.set"),
            Card::withPicture);

    public static final Field<Connector, String> CONNECTOR_LABEL =
            of(Element.CONNECTOR, "connectorLabel", Connector::withLabel);
    public static final Field<Connector, ConnectorStyle> CONNECTOR_STYLE =
            of(Element.CONNECTOR, "connectorStyle", Connector::withStyle);

    private final Element<E> element;
    private final Function<V, String> undoLabel;
    private final BiFunction<E, V, E> setter;

    private Field(Element<E> element, Function<V, String> undoLabel, BiFunction<E, V, E> setter) {
        this.element = element;
        this.undoLabel = undoLabel;
        this.setter = setter;
    }

    /** A field whose undo label is the message {@code undo.field.<labelKey>}, read when shown (in the language then). */
    private static <E, V> Field<E, V> of(Element<E> element, String labelKey, BiFunction<E, V, E> setter) {
        return new Field<>(element, value -> Messages.get("undo.field." + labelKey), setter);
    }

    Element<E> element() {
        return element;
    }

    String undoLabel(V value) {
        return undoLabel.apply(value);
    }

    E set(E element, V value) {
        return setter.apply(element, value);
    }
}
