package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.journeycanvas.i18n.Messages;

/**
 * A swimlane of one persona. {@code cards} holds the lane's cards at every stage; the order of the cards
 * that share a stage is their order inside that cell.
 */
public record Lane(String id, LaneKind kind, String title, List<Card> cards) {
    public Lane {
        Invariants.id(id, "id");
        Invariants.required(kind, "kind");
        title = Invariants.text(title, "title");
        cards = Invariants.list(cards, "cards");
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            if (card.channel() != null && kind != LaneKind.TOUCHPOINTS) {
                throw new MapInvariantException(
                        "cards[" + i + "].channel",
                        Messages.get("model.channel.onlyTouchpoints", kindInMessages(kind)));
            }
            if (card.score() != null && kind != LaneKind.EMOTIONS) {
                throw new MapInvariantException(
                        "cards[" + i + "].score", Messages.get("model.score.onlyEmotions", kindInMessages(kind)));
            }
            if (card.futureScore() != null && kind != LaneKind.EMOTIONS) {
                throw new MapInvariantException(
                        "cards[" + i + "].futureScore", Messages.get("model.score.onlyEmotions", kindInMessages(kind)));
            }
            if (card.opportunity() != null && kind != LaneKind.OPPORTUNITIES) {
                throw new MapInvariantException(
                        "cards[" + i + "].opportunity",
                        Messages.get("model.opportunity.onlyOpportunities", kindInMessages(kind)));
            }
            if (card.picture() != null && kind != LaneKind.STORYBOARD) {
                throw new MapInvariantException(
                        "cards[" + i + "].picture", Messages.get("model.picture.onlyStoryboard", kindInMessages(kind)));
            }
        }
    }

    /**
     * The kind as a sentence names it: in lower case in English ("a pain points lane"); German capitalises
     * nouns, and French and Spanish name it after "de type", so there the title stays as it is.
     */
    private static String kindInMessages(LaneKind kind) {
        return Messages.language().getLanguage().equals("en") ? kind.title().toLowerCase(Locale.ROOT) : kind.title();
    }

    /** An empty lane with the kind's usual title, in the interface language. */
    public static Lane of(String id, LaneKind kind) {
        return new Lane(id, kind, kind.title(), List.of());
    }

    public Lane withTitle(String newTitle) {
        return new Lane(id, kind, newTitle, cards);
    }

    public Lane withCards(List<Card> newCards) {
        return new Lane(id, kind, title, newCards);
    }

    /** The cards in this lane's cell at the given stage, in order. */
    public List<Card> cardsAt(String stageId) {
        return cards.stream().filter(card -> card.stageId().equals(stageId)).toList();
    }

    /**
     * The cards of every cell, by stage id, each in cell order; stages without cards are absent. One pass over
     * the lane, for code that visits every cell (asking {@link #cardsAt} for each would scan the lane per stage).
     */
    public Map<String, List<Card>> cardsByStage() {
        Map<String, List<Card>> byStage = new HashMap<>();
        for (Card card : cards) {
            byStage.computeIfAbsent(card.stageId(), stage -> new ArrayList<>()).add(card);
        }
        return byStage;
    }

    /**
     * Inserts cards into the cell at their stage, before the card that is {@code indexInCell}-th there
     * (at the end of the cell when the index is past it). Cards must all share one stage.
     */
    public Lane withCardsInserted(String stageId, int indexInCell, List<Card> inserted) {
        List<Card> result = new ArrayList<>(cards.size() + inserted.size());
        int seen = 0;
        boolean done = false;
        for (Card card : cards) {
            if (!done && card.stageId().equals(stageId)) {
                if (seen == indexInCell) {
                    result.addAll(inserted);
                    done = true;
                }
                seen++;
            }
            result.add(card);
        }
        if (!done) {
            int insertAt = lastIndexOfStage(result, stageId) + 1;
            result.addAll(insertAt == 0 ? result.size() : insertAt, inserted);
        }
        return withCards(result);
    }

    public Lane withoutCards(Collection<String> cardIds) {
        if (cards.stream().noneMatch(card -> cardIds.contains(card.id()))) {
            return this;
        }
        return withCards(
                cards.stream().filter(card -> !cardIds.contains(card.id())).toList());
    }

    /**
     * The lane with every card passed through the given function. The cards are copied only once one changes:
     * an edit maps every lane of the map, and copying the lanes it leaves alone cost more than the edit.
     */
    public Lane withCardsMapped(UnaryOperator<Card> change) {
        List<Card> changed = null;
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            Card next = change.apply(card);
            if (next != card && changed == null) {
                changed = new ArrayList<>(cards);
            }
            if (changed != null) {
                changed.set(i, next);
            }
        }
        return changed == null ? this : withCards(changed);
    }

    private static int lastIndexOfStage(List<Card> cards, String stageId) {
        for (int i = cards.size() - 1; i >= 0; i--) {
            if (cards.get(i).stageId().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }
}
