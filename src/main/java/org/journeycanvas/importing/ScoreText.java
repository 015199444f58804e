package org.journeycanvas.importing;

import java.math.BigDecimal;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A score as people write it in a table: "2", "+1", "−1" (with a typographic minus), "1.0" or "1,0" (a decimal
 * comma, as European spreadsheets show numbers). Only whole numbers count.
 */
final class ScoreText {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?");

    private ScoreText() {}

    /** The whole number a cell holds, or empty when it holds text or a fraction. */
    static OptionalInt wholeNumber(String cell) {
        BigDecimal number = number(cell);
        if (number == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(number.intValueExact());
        } catch (ArithmeticException notWhole) {
            return OptionalInt.empty();
        }
    }

    /** Whether a cell holds a number with a fractional part ("1.5"). */
    static boolean isFraction(String cell) {
        BigDecimal number = number(cell);
        return number != null && number.stripTrailingZeros().scale() > 0;
    }

    /** The map's score (−2 to +2) for a cell on a scale, or empty when the cell is not a whole number on it. */
    static OptionalInt mapScore(String cell, ScoreScale scale) {
        OptionalInt number = wholeNumber(cell);
        if (number.isEmpty()) {
            return OptionalInt.empty();
        }
        int value = number.getAsInt();
        return switch (scale) {
            case MINUS_TWO_TO_TWO -> value >= -2 && value <= 2 ? OptionalInt.of(value) : OptionalInt.empty();
            case ONE_TO_FIVE -> value >= 1 && value <= 5 ? OptionalInt.of(value - 3) : OptionalInt.empty();
        };
    }

    private static BigDecimal number(String cell) {
        String text = cell.strip().replace('\u2212', '-').replace(',', '.');
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text);
    }
}
