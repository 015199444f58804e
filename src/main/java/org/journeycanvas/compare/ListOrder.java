package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merged order of one list (stages, personas, a persona's lanes, a lane's cards). The side that reordered the
 * elements all three versions share gives the order; when both reordered them differently, ours does and the
 * merge reports it. The other side's elements that the first lacks go in right after the element they follow on
 * their side, so an element added on one side lands where it was put.
 */
final class ListOrder {
    /** The merged order, and whether both sides reordered the shared elements differently. */
    record Result(List<String> order, boolean conflict) {}

    private ListOrder() {}

    /**
     * @param kept the ids the merged list holds (decided element by element); the order holds exactly these
     */
    static Result merge(List<String> base, List<String> ours, List<String> theirs, Set<String> kept) {
        Set<String> inOurs = new HashSet<>(ours);
        Set<String> inTheirs = new HashSet<>(theirs);
        List<String> sharedBase = shared(base, inOurs, inTheirs);
        Set<String> inBase = new HashSet<>(base);
        List<String> sharedOurs = shared(ours, inBase, inTheirs);
        List<String> sharedTheirs = shared(theirs, inBase, inOurs);
        boolean oursKept = sharedOurs.equals(sharedBase);
        boolean conflict = !oursKept && !sharedTheirs.equals(sharedBase) && !sharedOurs.equals(sharedTheirs);
        List<String> primary = oursKept ? theirs : ours;
        List<String> secondary = oursKept ? ours : theirs;
        return new Result(interleave(primary, secondary, kept), conflict);
    }

    private static List<String> shared(List<String> ids, Set<String> in, Set<String> alsoIn) {
        return ids.stream().filter(id -> in.contains(id) && alsoIn.contains(id)).toList();
    }

    /** The primary's kept ids in order, with the secondary's others each put right after its predecessor there. */
    private static List<String> interleave(List<String> primary, List<String> secondary, Set<String> kept) {
        Map<String, Node> nodes = new HashMap<>();
        Node head = new Node(null);
        Node last = head;
        for (String id : primary) {
            if (kept.contains(id) && !nodes.containsKey(id)) {
                last = last.append(id);
                nodes.put(id, last);
            }
        }
        Node anchor = head;
        for (String id : secondary) {
            if (!kept.contains(id)) {
                continue;
            }
            Node node = nodes.get(id);
            if (node == null) {
                node = anchor.append(id);
                nodes.put(id, node);
            }
            anchor = node;
        }
        List<String> order = new ArrayList<>(kept.size());
        for (Node node = head.next; node != null; node = node.next) {
            order.add(node.id);
        }
        // Kept ids that neither side lists here (none, as merges go) are not lost.
        kept.stream().filter(id -> !nodes.containsKey(id)).sorted().forEach(order::add);
        return order;
    }

    private static final class Node {
        final String id;
        Node next;

        Node(String id) {
            this.id = id;
        }

        /** A new node right after this one. */
        Node append(String newId) {
            Node node = new Node(newId);
            node.next = next;
            next = node;
            return node;
        }
    }
}
