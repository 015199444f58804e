package org.journeycanvas.export.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.render.Rgb;
import org.journeycanvas.testing.BlankSurface;
import org.junit.jupiter.api.Test;

/** Every page, of every kind, leaves the surface as it found it: each clip and transform is restored. */
class PagePainterTest {
    @Test
    void everyClipAndTransformIsRestoredOnEveryKindOfPage() {
        JourneyMap map = MapGenerator.generate(2, 9, 150, 4);
        MapLayout layout = new MapLayout(new TextWrapper((text, style) -> text.length() * 7.0), LayoutStyle.DEFAULT);
        PagePlanner planner = new PagePlanner(layout);
        List<PageOptions> kinds = List.of(
                PageOptions.WHOLE_MAP,
                new PageOptions(null, false, true, null, false),
                new PageOptions(Paper.A4, false, false, null, false),
                new PageOptions(Paper.A3, true, true, null, true),
                new PageOptions(Paper.A0, false, false, null, false),
                new PageOptions(Paper.A2, true, false, Paper.A4, false));
        for (PageOptions options : kinds) {
            for (MapPage page : planner.plan(map, options, null)) {
                DepthSurface surface = new DepthSurface();
                new PagePainter().paint(page, new MapIndex(map), surface);
                assertThat(surface.depth)
                        .as("open clips and transforms after %s", options)
                        .isZero();
                assertThat(surface.deepest).as("clips and transforms were used").isPositive();
                assertThat(surface.texts).as("the page has text").isNotEmpty();
            }
        }
    }

    /** Counts clips and transforms not yet restored; fails on a restore with nothing to undo. */
    private static final class DepthSurface extends BlankSurface {
        int depth;
        int deepest;
        final List<String> texts = new ArrayList<>();

        @Override
        public void clip(Rect rect) {
            deepest = Math.max(deepest, ++depth);
        }

        @Override
        public void transform(double scale, double dx, double dy) {
            deepest = Math.max(deepest, ++depth);
        }

        @Override
        public void restore() {
            assertThat(depth).as("a restore with nothing to undo").isPositive();
            depth--;
        }

        @Override
        public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
            texts.add(text);
        }
    }
}
