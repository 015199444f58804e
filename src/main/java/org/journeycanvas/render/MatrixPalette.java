package org.journeycanvas.render;

import java.util.List;
import org.journeycanvas.layout.DistinctColours;
import org.journeycanvas.layout.MatrixKey;

/**
 * The colours of the opportunity matrix: its dots in their legend entry's colour (a persona's or stage's, as
 * {@link DistinctColours} chose it), and the quadrants' tints.
 */
public final class MatrixPalette {
    /** The quadrants' tints, opaque so that a slide shows them as they are: quick wins, big bets, fill-ins, money pits. */
    public static final List<Rgb> QUADRANTS =
            List.of(Rgb.of("#E6F4EA"), Rgb.of("#E8F0FA"), Rgb.of("#F2F3F5"), Rgb.of("#FBEAEA"));

    private MatrixPalette() {}

    public static Rgb colour(MatrixKey key) {
        return key.color() != null
                ? Rgb.of(key.color())
                : Rgb.of(DistinctColours.PALETTE.get(key.paletteIndex() % DistinctColours.PALETTE.size()));
    }
}
