package org.journeycanvas.ui.canvas;

import javafx.scene.text.Text;
import org.journeycanvas.layout.TextMeasurer;
import org.journeycanvas.layout.TextStyle;

/** Measures text as the screen draws it. Use on the JavaFX thread. */
public final class FxTextMeasurer implements TextMeasurer {
    private final Text probe = new Text();

    @Override
    public double width(String text, TextStyle style) {
        probe.setFont(FxFonts.text(style));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }
}
