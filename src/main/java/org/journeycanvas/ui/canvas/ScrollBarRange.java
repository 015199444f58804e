package org.journeycanvas.ui.canvas;

import javafx.scene.control.ScrollBar;

/** Sets a scroll bar to show a view of {@code visible} units of {@code total}, scrolled to {@code value}. */
final class ScrollBarRange {
    private ScrollBarRange() {}

    static void apply(ScrollBar bar, double min, double max, double value, double visible, double total) {
        bar.setMin(min);
        bar.setMax(max);
        bar.setValue(value);
        bar.setVisibleAmount((max - min) * Math.min(1, visible / total));
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(visible * 0.9);
        bar.setDisable(max <= min);
    }
}
