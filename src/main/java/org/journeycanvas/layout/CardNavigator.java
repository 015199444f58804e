package org.journeycanvas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Moves the selection from card to card with the keyboard: by arrow direction, or in reading order with Tab. */
public final class CardNavigator {
    /** An arrow key. */
    public enum Direction {
        LEFT,
        RIGHT,
        UP,
        DOWN
    }

    private CardNavigator() {}

    /** Every card as read: persona by persona, lane by lane, stage by stage, top to bottom in a cell. */
    public static List<CardBox> readingOrder(MapGeometry geometry) {
        List<CardBox> cards = new ArrayList<>();
        for (PersonaBand persona : geometry.personas()) {
            for (LaneRow lane : persona.lanes()) {
                for (CellBox cell : lane.cells()) {
                    cards.addAll(cell.cards());
                }
            }
        }
        return cards;
    }

    /** The next card in reading order (or the previous one), wrapping around. */
    public static Optional<CardBox> step(MapGeometry geometry, String fromCardId, boolean forward) {
        List<CardBox> cards = readingOrder(geometry);
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        int at = -1;
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).cardId().equals(fromCardId)) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.of(cards.get(forward ? 0 : cards.size() - 1));
        }
        return Optional.of(cards.get(Math.floorMod(at + (forward ? 1 : -1), cards.size())));
    }

    /** The nearest card in a direction: straight ahead counts more than off to the side. */
    public static Optional<CardBox> toward(MapGeometry geometry, String fromCardId, Direction direction) {
        Optional<CardBox> from = geometry.card(fromCardId);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Point origin = centre(from.get());
        CardBox best = null;
        double bestCost = Double.MAX_VALUE;
        for (CardBox candidate : geometry.cards()) {
            Point target = centre(candidate);
            double ahead = switch (direction) {
                case LEFT -> origin.x() - target.x();
                case RIGHT -> target.x() - origin.x();
                case UP -> origin.y() - target.y();
                case DOWN -> target.y() - origin.y();
            };
            if (ahead <= 1 || candidate.cardId().equals(fromCardId)) {
                continue;
            }
            double aside = direction == Direction.LEFT || direction == Direction.RIGHT
                    ? Math.abs(target.y() - origin.y())
                    : Math.abs(target.x() - origin.x());
            double cost = ahead + 3 * aside;
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Point centre(CardBox card) {
        return card.isEmotionPoint()
                ? card.point()
                : new Point(card.bounds().centerX(), card.bounds().centerY());
    }
}
