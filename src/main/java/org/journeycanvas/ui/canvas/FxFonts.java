package org.journeycanvas.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.render.Icons;

/** The JavaFX fonts for each kind of map text, and the icon font at each size, made once. */
public final class FxFonts {
    private static final String FAMILY = "System";
    private static final Map<TextStyle, Font> TEXT = new EnumMap<>(TextStyle.class);
    private static final Map<Double, Font> ICONS = new HashMap<>();

    private FxFonts() {
    }

    public static Font text(TextStyle style) {
        return TEXT.computeIfAbsent(style,
                s -> Font.font(FAMILY, s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
    }

    public static Font icons(double size) {
        return ICONS.computeIfAbsent(size, s -> {
            try (InputStream in = Icons.class.getResourceAsStream(Icons.FONT_RESOURCE)) {
                Font font = in == null ? null : Font.loadFont(in, s);
                return font != null ? font : Font.font(FAMILY, s);
            } catch (IOException e) {
                throw new UncheckedIOException("the icon font cannot be read", e);
            }
        });
    }
}
