package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.journeycanvas.model.Card;

/**
 * An opportunity's links to pain points, merged as a set: a link one side added is kept, a link one side took away
 * (by unticking it, or by deleting its pain point) goes. The merged links are then given to all three versions of
 * the card, so the rest of its ranking is compared on its own.
 */
final class LinkMerge {
    private LinkMerge() {}

    /** The base, our and their version of a card (each may be null), with the links merged in each ranked one. */
    static List<Card> withMergedLinks(Card base, Card ours, Card theirs) {
        List<String> inBase = links(base);
        List<String> inOurs = links(ours);
        List<String> inTheirs = links(theirs);
        if (inBase.equals(inOurs) && inBase.equals(inTheirs)) {
            return Arrays.asList(base, ours, theirs);
        }
        List<String> merged = merged(inBase, inOurs, inTheirs);
        return Arrays.asList(linked(base, merged), linked(ours, merged), linked(theirs, merged));
    }

    private static List<String> merged(List<String> inBase, List<String> inOurs, List<String> inTheirs) {
        Set<String> kept = new LinkedHashSet<>(inBase);
        kept.retainAll(inOurs);
        kept.retainAll(inTheirs);
        // Additions in id order, whichever side made them, so that swapping the sides gives the same list.
        Set<String> added = new TreeSet<>(inOurs);
        added.addAll(inTheirs);
        added.removeAll(inBase);
        Set<String> all = new LinkedHashSet<>(kept);
        all.addAll(added);
        // A side whose own list holds exactly these links keeps its order.
        for (List<String> side : List.of(inOurs, inTheirs, inBase)) {
            if (new LinkedHashSet<>(side).equals(all) && side.size() == all.size()) {
                return side;
            }
        }
        return new ArrayList<>(all);
    }

    private static List<String> links(Card card) {
        return card == null || card.opportunity() == null
                ? List.of()
                : card.opportunity().addresses();
    }

    private static Card linked(Card card, List<String> links) {
        return card == null || card.opportunity() == null
                ? card
                : card.withOpportunity(card.opportunity().withAddresses(links));
    }
}
