package org.journeycanvas.i18n;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers written and read the way the interface language writes them: "12,400.5" in English, "12.400,5" in
 * German, "12 400,5" in French. Reading is forgiving about what people type: any kind of space as the
 * thousands separator, a trailing "%", a typographic minus.
 */
public final class LocalNumbers {
    private LocalNumbers() {}

    /** A whole number with grouped digits: {@code 12,400}. */
    public static String whole(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A number with at most {@code fractionDigits} decimals, none when it is whole: {@code 61.5}, {@code 62}. */
    public static String decimal(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(fractionDigits);
        format.setMinimumFractionDigits(0);
        String text = format.format(value);
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** The number in a text, or empty when the whole text is not one number in the language (blank included). */
    public static OptionalDouble parse(String text) {
        String plain = normalized(text);
        if (plain.isEmpty()) {
            return OptionalDouble.empty();
        }
        ParsePosition position = new ParsePosition(0);
        Number number = NumberFormat.getNumberInstance(locale()).parse(plain, position);
        if (number == null || position.getIndex() != plain.length() || position.getErrorIndex() >= 0) {
            return OptionalDouble.empty();
        }
        double value = number.doubleValue();
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static String normalized(String text) {
        String plain = text.strip().replace('−', '-');
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        char grouping = DecimalFormatSymbols.getInstance(locale()).getGroupingSeparator();
        if (Character.isSpaceChar(grouping)) {
            StringBuilder kept = new StringBuilder(plain.length());
            plain.codePoints().filter(c -> !Character.isSpaceChar(c)).forEach(kept::appendCodePoint);
            plain = kept.toString();
        }
        return plain;
    }

    private static Locale locale() {
        Locale language = Messages.language();
        return Messages.PSEUDO.equals(language) ? Locale.ENGLISH : language;
    }
}
