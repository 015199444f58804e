package org.journeycanvas.render;

import java.awt.font.FontRenderContext;
import org.journeycanvas.layout.TextMeasurer;
import org.journeycanvas.layout.TextStyle;

/** Measures text as Java2D draws it (PNG and slide export); works without a display and on any thread. */
public final class Java2DTextMeasurer implements TextMeasurer {
    private final FontRenderContext context = new FontRenderContext(null, true, true);

    @Override
    public double width(String text, TextStyle style) {
        return Java2DFonts.text(style).getStringBounds(text, context).getWidth();
    }
}
