package org.journeycanvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.CurveSegment;
import org.journeycanvas.layout.DistinctColours;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.testing.BlankSurface;
import org.journeycanvas.testing.ComparedPersonas;
import org.junit.jupiter.api.Test;

class PersonaComparisonPainterTest {
    private final PersonaComparison comparison = PersonaComparison.of(
            ComparedPersonas.map(), PersonaComparison.Curve.AS_IS, (text, style) -> text.length() * 7.0, 800, "?");

    @Test
    void drawsEachPersonasCurveInItsColourTheGuidesTheStagesTheGapAndTheLegend() {
        Recording surface = new Recording();
        new PersonaComparisonPainter(MapTheme.LIGHT, "Largest gap").paint(comparison, surface);

        assertThat(surface.curveColors)
                .containsExactly(
                        Rgb.of("#E07A5F"),
                        Rgb.of(DistinctColours.PALETTE.get(0)),
                        Rgb.of(DistinctColours.PALETTE.get(1)));
        assertThat(surface.points).as("a point per stage a persona has scored").isEqualTo(3 + 3 + 2);
        assertThat(surface.icons).as("a face per score guide").isEqualTo(5);
        assertThat(surface.texts)
                .containsSubsequence("Awareness", "Consideration", "Decision")
                .contains("Largest gap", "Ada", "Ben", "Cy");
        assertThat(surface.filled).contains(comparison.largestGap().band());
    }

    private static final class Recording extends BlankSurface {
        final List<Rgb> curveColors = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<Rect> filled = new ArrayList<>();
        int points;
        int icons;

        @Override
        public void strokeCurve(List<CurveSegment> segments, Rgb color, double lineWidth) {
            if (!segments.isEmpty()) {
                curveColors.add(color);
            }
        }

        @Override
        public void fillCircle(double centerX, double centerY, double radius, Rgb color) {
            points++;
        }

        @Override
        public void icon(int codePoint, double x, double y, double size, Rgb color) {
            icons++;
        }

        @Override
        public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
            texts.add(text);
        }

        @Override
        public void fillRect(Rect rect, Rgb color) {
            filled.add(rect);
        }
    }
}
