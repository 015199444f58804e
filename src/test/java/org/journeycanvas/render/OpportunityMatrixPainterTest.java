package org.journeycanvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.layout.MatrixDot;
import org.journeycanvas.layout.OpportunityMatrix;
import org.journeycanvas.layout.OpportunityMatrixLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.testing.BlankSurface;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.OpportunityMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class OpportunityMatrixPainterTest {
    private final OpportunityMatrix matrix = new OpportunityMatrixLayout((text, style) -> text.length() * 6.0)
            .layout(OpportunityMaps.ranked(), null, MatrixColouring.PERSONA, new Rect(0, 0, 1000, 600));

    @Test
    void drawsEveryDotInItsPersonasColourWithItsLabelAndEveryText() {
        Recording surface = new Recording();
        new OpportunityMatrixPainter(MapTheme.LIGHT).paint(matrix, surface, null);

        // the dots and the legend's swatches
        assertThat(surface.circles)
                .hasSize(matrix.dots().size() + matrix.legend().size());
        MatrixDot dana = matrix.dot("o1").orElseThrow();
        assertThat(surface.circles)
                .contains(new Circle(dana.center().x(), dana.center().y(), Rgb.of("#E07A5F")));
        assertThat(surface.texts).contains("Publish prices", "Quick wins", "Impact", "Effort", "Dana", "Sam");
        assertThat(surface.rings).isZero();
    }

    @Test
    void theSelectedCardsDotIsRinged() {
        Recording surface = new Recording();
        new OpportunityMatrixPainter(MapTheme.LIGHT).paint(matrix, surface, "o3");

        assertThat(surface.rings).isEqualTo(1);
    }

    @Test
    void paintsOnTheDarkThemeToo() {
        Recording surface = new Recording();
        new OpportunityMatrixPainter(MapTheme.DARK).paint(matrix, surface, null);

        assertThat(surface.circles)
                .hasSize(matrix.dots().size() + matrix.legend().size());
    }

    private record Circle(double x, double y, Rgb color) {}

    private static final class Recording extends BlankSurface {
        final List<Circle> circles = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        int rings;

        @Override
        public void fillCircle(double centerX, double centerY, double radius, Rgb color) {
            circles.add(new Circle(centerX, centerY, color));
        }

        @Override
        public void strokeCircle(double centerX, double centerY, double radius, Rgb color, double lineWidth) {
            if (color.equals(MapTheme.LIGHT.selection())) {
                rings++;
            }
        }

        @Override
        public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
            texts.add(text);
        }
    }
}
