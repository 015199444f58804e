package org.journeycanvas.export.svg;

/**
 * Numbers as SVG writes them: at most two decimals for coordinates (a hundredth of a unit is far below what any
 * screen or printer shows), without trailing zeros, always with a point, so files stay small and read the same
 * in every locale.
 */
final class SvgNumbers {
    private SvgNumbers() {}

    static String format(double value) {
        return append(new StringBuilder(), value).toString();
    }

    static StringBuilder append(StringBuilder out, double value) {
        return appendScaled(out, value, 100);
    }

    /** Six decimals, for a transform's scale, whose error every coordinate after it would multiply. */
    static StringBuilder appendPrecise(StringBuilder out, double value) {
        return appendScaled(out, value, 1_000_000);
    }

    private static StringBuilder appendScaled(StringBuilder out, double value, long scale) {
        if (!Double.isFinite(value)) {
            return out.append('0');
        }
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            String digits = Long.toString(fraction + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
        return out;
    }
}
