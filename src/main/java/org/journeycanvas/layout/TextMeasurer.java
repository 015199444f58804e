package org.journeycanvas.layout;

/**
 * Measures text as a surface will draw it. The screen measures with JavaFX, PNG export with Java2D, tests with
 * a fixed width per character; layout only ever asks for single words, so implementations can cache.
 */
@FunctionalInterface
public interface TextMeasurer {
    /** The width of a piece of text on one line, in map units. */
    double width(String text, TextStyle style);
}
