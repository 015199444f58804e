package org.journeycanvas.export.vector;

import org.journeycanvas.layout.TextMeasurer;
import org.journeycanvas.layout.TextStyle;

/** Measures text as PDF and SVG draw it: in the embedded font, with the fallback where that lacks a letter. */
public final class VectorTextMeasurer implements TextMeasurer {
    @Override
    public double width(String text, TextStyle style) {
        return TextRun.width(text, style);
    }
}
