package org.journeycanvas.model;

import java.util.List;
import java.util.Objects;
import org.journeycanvas.i18n.Messages;

/**
 * One sticky note on the map: it sits in one lane at one stage. Its kind is its lane's kind, so whether a
 * channel or a score is allowed is checked by the {@link Lane}.
 *
 * @param stageId the stage whose column the card sits in
 * @param channel touchpoints only, else null
 * @param score   emotions only: -2 (very negative) to +2 (very positive), or null when not yet rated
 * @param color   {@code #RRGGBB}, or null for the theme's colour of the card's kind
 * @param picture storyboard only: a PNG or JPEG {@code data:} URI like a persona's photo, or null for none
 * @param futureScore emotions only: the score this moment should have once the opportunities are done (the to-be
 *     curve), -2 to +2, or null when not set
 * @param opportunity opportunities only: impact, effort, owner, status and the pain points it addresses, or null
 *     while not ranked
 */
public record Card(
        String id,
        String stageId,
        String text,
        String note,
        Channel channel,
        Integer score,
        String color,
        List<String> tags,
        String picture,
        Integer futureScore,
        Opportunity opportunity) {
    public static final int MIN_SCORE = -2;
    public static final int MAX_SCORE = 2;

    public Card {
        Invariants.id(id, "id");
        Invariants.id(stageId, "stage");
        text = Invariants.text(text, "text");
        note = Invariants.text(note, "note");
        if (score != null && (score < MIN_SCORE || score > MAX_SCORE)) {
            throw new MapInvariantException("score", Messages.get("model.score.range", score));
        }
        Invariants.colorOrNull(color, "color");
        tags = Invariants.texts(tags, "tags");
        Invariants.pictureOrNull(picture, "picture");
        if (futureScore != null && (futureScore < MIN_SCORE || futureScore > MAX_SCORE)) {
            throw new MapInvariantException("futureScore", Messages.get("model.score.range", futureScore));
        }
    }

    /** A card of any kind but an emotion or an opportunity, with no future score and no ranking. */
    public Card(
            String id,
            String stageId,
            String text,
            String note,
            Channel channel,
            Integer score,
            String color,
            List<String> tags,
            String picture) {
        this(id, stageId, text, note, channel, score, color, tags, picture, null, null);
    }

    /** A card without a picture: every kind but a storyboard's. */
    public Card(
            String id,
            String stageId,
            String text,
            String note,
            Channel channel,
            Integer score,
            String color,
            List<String> tags) {
        this(id, stageId, text, note, channel, score, color, tags, null, null, null);
    }

    /** A plain card with only its text. */
    public static Card of(String id, String stageId, String text) {
        return new Card(id, stageId, text, "", null, null, null, List.of());
    }

    /** The same card under another id: a copy, a paste or a map made from a template. */
    public Card withId(String newId) {
        return new Card(newId, stageId, text, note, channel, score, color, tags, picture, futureScore, opportunity);
    }

    public Card withStageId(String newStageId) {
        return new Card(id, newStageId, text, note, channel, score, color, tags, picture, futureScore, opportunity);
    }

    public Card withText(String newText) {
        return new Card(id, stageId, newText, note, channel, score, color, tags, picture, futureScore, opportunity);
    }

    public Card withNote(String newNote) {
        return new Card(id, stageId, text, newNote, channel, score, color, tags, picture, futureScore, opportunity);
    }

    public Card withChannel(Channel newChannel) {
        return new Card(id, stageId, text, note, newChannel, score, color, tags, picture, futureScore, opportunity);
    }

    public Card withScore(Integer newScore) {
        return new Card(id, stageId, text, note, channel, newScore, color, tags, picture, futureScore, opportunity);
    }

    public Card withColor(String newColor) {
        return new Card(id, stageId, text, note, channel, score, newColor, tags, picture, futureScore, opportunity);
    }

    public Card withTags(List<String> newTags) {
        return new Card(id, stageId, text, note, channel, score, color, newTags, picture, futureScore, opportunity);
    }

    public Card withPicture(String newPicture) {
        return new Card(id, stageId, text, note, channel, score, color, tags, newPicture, futureScore, opportunity);
    }

    public Card withFutureScore(Integer newFutureScore) {
        return new Card(id, stageId, text, note, channel, score, color, tags, picture, newFutureScore, opportunity);
    }

    public Card withOpportunity(Opportunity newOpportunity) {
        return new Card(id, stageId, text, note, channel, score, color, tags, picture, futureScore, newOpportunity);
    }

    /**
     * This card as it would be in a lane of the given kind: a channel, a score, a picture or a ranking that kind
     * cannot hold is dropped.
     */
    public Card adaptedTo(LaneKind kind) {
        Channel keptChannel = kind == LaneKind.TOUCHPOINTS ? channel : null;
        boolean emotion = kind == LaneKind.EMOTIONS;
        Integer keptScore = emotion ? score : null;
        Integer keptFutureScore = emotion ? futureScore : null;
        boolean pictureKept = kind == LaneKind.STORYBOARD || picture == null;
        String keptPicture = pictureKept ? picture : null;
        boolean opportunityKept = kind == LaneKind.OPPORTUNITIES || opportunity == null;
        Opportunity keptOpportunity = opportunityKept ? opportunity : null;
        if (keptChannel == channel
                && Objects.equals(keptScore, score)
                && Objects.equals(keptFutureScore, futureScore)
                && pictureKept
                && opportunityKept) {
            return this;
        }
        return new Card(
                id,
                stageId,
                text,
                note,
                keptChannel,
                keptScore,
                color,
                tags,
                keptPicture,
                keptFutureScore,
                keptOpportunity);
    }
}
