package org.journeycanvas.render;

import java.awt.Font;
import org.journeycanvas.layout.TextMeasurer;
import org.journeycanvas.layout.TextStyle;

/** Measures text as Java2D draws it (PNG and slide export); works without a display and on any thread. */
public final class Java2DTextMeasurer implements TextMeasurer {
    @Override
    public double width(String text, TextStyle style) {
        Font font = Java2DFonts.text(style);
        if (FontRuns.allOwn(text, FontRuns::commonScript)) {
            return font.getStringBounds(text, FontRuns.CONTEXT).getWidth();
        }
        double width = 0;
        for (FontRuns.Run run : FontRuns.split(text, FontRuns::commonScript)) {
            width += run.own()
                    ? font.getStringBounds(run.text(), FontRuns.CONTEXT).getWidth()
                    : run.layout(style).getAdvance();
        }
        return width;
    }
}
