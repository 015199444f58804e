package org.journeycanvas.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders of ids: which were moved from one order to the next, and where an element goes back in a list. */
final class Orders {
    private Orders() {}

    /**
     * The ids in both lists that moved: those outside a longest run of common ids kept in the same relative order.
     * Ids are unique, so that run is a longest increasing subsequence (n log n, even for a lane of thousands).
     */
    static Set<String> moved(List<String> before, List<String> after) {
        Map<String, Integer> positionBefore = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            positionBefore.put(before.get(i), i);
        }
        List<String> common = new ArrayList<>();
        for (String id : after) {
            if (positionBefore.containsKey(id)) {
                common.add(id);
            }
        }
        int n = common.size();
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int value = positionBefore.get(common.get(i));
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (positionBefore.get(common.get(tailIndex[middle])) < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tailIndex[low - 1] : -1;
            tailIndex[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] kept = new boolean[n];
        Arrays.fill(kept, false);
        for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        Set<String> moved = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!kept[i]) {
                moved.add(common.get(i));
            }
        }
        return moved;
    }

    /**
     * Where {@code id} goes back into {@code current} (which does not hold it): right after the nearest element
     * before it in {@code older} that {@code current} still holds, else first.
     */
    static int placeAfterPredecessor(List<String> older, String id, List<String> current) {
        int at = older.indexOf(id);
        for (int i = at - 1; i >= 0; i--) {
            int found = current.indexOf(older.get(i));
            if (found >= 0) {
                return found + 1;
            }
        }
        return 0;
    }

    /** The list without one id. */
    static List<String> without(List<String> ids, String id) {
        List<String> rest = new ArrayList<>(ids);
        rest.remove(id);
        return rest;
    }
}
