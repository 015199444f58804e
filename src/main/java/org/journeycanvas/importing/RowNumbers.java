package org.journeycanvas.importing;

import java.util.List;

/** Row numbers as a note lists them: runs as ranges ("4–6, 9"), the first few only. */
final class RowNumbers {
    private static final int LISTED_RANGES = 20;

    private RowNumbers() {}

    /** The rows, ascending, as ranges; "…" after the first {@value #LISTED_RANGES} ranges. */
    static String describe(List<Integer> rows) {
        StringBuilder text = new StringBuilder();
        int ranges = 0;
        int i = 0;
        while (i < rows.size()) {
            int first = rows.get(i);
            int last = first;
            while (i + 1 < rows.size() && rows.get(i + 1) == last + 1) {
                last = rows.get(++i);
            }
            i++;
            if (ranges == LISTED_RANGES) {
                return text.append(", …").toString();
            }
            text.append(ranges == 0 ? "" : ", ").append(first);
            if (last > first) {
                text.append('–').append(last);
            }
            ranges++;
        }
        return text.toString();
    }
}
