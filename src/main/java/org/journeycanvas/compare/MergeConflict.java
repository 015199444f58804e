package org.journeycanvas.compare;

import org.journeycanvas.i18n.Messages;

/**
 * Something both sides of a merge changed in ways that do not go together, and what the merge kept.
 *
 * @param id      the element's id; for the order of the map's own lists, {@code "stages"} or {@code "personas"}
 * @param name    the element as users know it (a card's text, a stage's name), for messages
 * @param field   the field both sides changed, for {@link Kind#CHANGED_ON_BOTH_SIDES}; else null
 * @param ours    our value of that field (or null)
 * @param theirs  their value of that field (or null)
 */
public record MergeConflict(
        Kind kind, ElementKind element, String id, String name, ComparedField<?, ?> field, Object ours, Object theirs) {
    /** The tag of the cards a merge kept in two versions, or kept with an edit the other side deleted. */
    public static final String TAG = "conflict";

    public enum Kind {
        /** A field changed differently on both sides: a card is kept twice (ours, then theirs), others keep ours. */
        CHANGED_ON_BOTH_SIDES,
        /** Edited on one side and deleted on the other: kept with the edit (a card tagged {@value #TAG}). */
        EDITED_AND_DELETED,
        /** Moved to different places on both sides: kept where ours put it. */
        MOVED_ON_BOTH_SIDES,
        /** The elements of a list (stages, personas, a persona's lanes) reordered differently: ours' order. */
        REORDERED_ON_BOTH_SIDES,
        /** Deleted on one side while the other side put something in it: kept, so that nothing is lost. */
        KEPT_FOR_CONTENT,
        /** A connector whose card the merge deleted (the other side deleted it): dropped, as a map needs both ends. */
        CONNECTOR_DROPPED,
        /**
         * An opportunity's link to a pain point the merge deleted (the other side deleted it): dropped, as a link
         * needs its pain point. The conflict's name is the link, as {@code "opportunity" → "pain point"}.
         */
        OPPORTUNITY_LINK_DROPPED,
        /** The same for a pain point the other side moved to a lane of another kind, where it is no pain point. */
        OPPORTUNITY_LINK_LEFT_PAIN_POINTS
    }

    /** One line for users, in the interface language. */
    public String describe() {
        String element = ElementNames.element(this.element, name);
        return switch (kind) {
            case CHANGED_ON_BOTH_SIDES ->
                this.element == ElementKind.CARD
                        ? Messages.get("merge.conflict.changedCard", element, ElementNames.field(field))
                        : Messages.get(
                                "merge.conflict.changed",
                                element,
                                ElementNames.field(field),
                                ElementNames.value(field, ours),
                                ElementNames.value(field, theirs));
            case EDITED_AND_DELETED ->
                Messages.get(
                        this.element == ElementKind.CARD ? "merge.conflict.editedCard" : "merge.conflict.edited",
                        element);
            case MOVED_ON_BOTH_SIDES -> Messages.get("merge.conflict.moved", element);
            case REORDERED_ON_BOTH_SIDES ->
                this.element == ElementKind.MAP
                        ? Messages.get(
                                id.equals("stages") ? "merge.conflict.stageOrder" : "merge.conflict.personaOrder")
                        : Messages.get("merge.conflict.laneOrder", element);
            case KEPT_FOR_CONTENT -> Messages.get("merge.conflict.kept", element);
            case CONNECTOR_DROPPED -> Messages.get("merge.conflict.connectorDropped", element);
            case OPPORTUNITY_LINK_DROPPED -> Messages.get("merge.conflict.linkDropped", name);
            case OPPORTUNITY_LINK_LEFT_PAIN_POINTS -> Messages.get("merge.conflict.linkLeftPainPoints", name);
        };
    }
}
