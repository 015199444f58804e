package org.journeycanvas.render;

import java.util.Locale;

/** A colour with opacity, independent of any drawing toolkit. Components are 0 to 255; alpha 0 to 1. */
public record Rgb(int red, int green, int blue, double alpha) {
    public static final Rgb TRANSPARENT = new Rgb(0, 0, 0, 0);

    /** From {@code #RRGGBB}. */
    public static Rgb of(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF, 1);
    }

    public Rgb withAlpha(double newAlpha) {
        return new Rgb(red, green, blue, newAlpha);
    }

    /** Mixes this colour with another: 0 gives this one, 1 the other. */
    public Rgb mix(Rgb other, double amount) {
        return new Rgb(
                (int) Math.round(red + (other.red - red) * amount),
                (int) Math.round(green + (other.green - green) * amount),
                (int) Math.round(blue + (other.blue - blue) * amount),
                alpha + (other.alpha - alpha) * amount);
    }

    /** Relative luminance (WCAG), for choosing dark or light text on this colour. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    private static double linear(int component) {
        double c = component / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
