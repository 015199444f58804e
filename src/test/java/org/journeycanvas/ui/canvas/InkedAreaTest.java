package org.journeycanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.transform.Affine;
import org.journeycanvas.layout.Rect;
import org.junit.jupiter.api.Test;

class InkedAreaTest {
    @Test
    void nothingInkedCoversNothing() {
        assertThat(new InkedArea().within(800, 600, 64)).isNull();
    }

    @Test
    void theAreaIsTheInkUnderTheTransformGrownToTheGrid() {
        InkedArea area = new InkedArea();
        // Zoom 2, scrolled so that map point (100, 50) is at the view's origin.
        area.add(new Affine(2, 0, -200, 0, 2, -100), 150, 100, 200, 130);

        assertThat(area.within(800, 600, 64)).isEqualTo(new Rect(64, 64, 192, 128));
    }

    @Test
    void inkWithinTheBlendedEdgeOfAGridLineTakesTheNextCell() {
        InkedArea area = new InkedArea();
        area.add(new Affine(), 10, 10, 63, 20);

        assertThat(area.within(800, 600, 64)).isEqualTo(new Rect(0, 0, 128, 64));
    }

    @Test
    void theAreaIsCutToTheViewAndInkOutsideItCoversNothing() {
        InkedArea reaching = new InkedArea();
        reaching.add(new Affine(), -50, 500, 900, 700);
        InkedArea outside = new InkedArea();
        outside.add(new Affine(), 900, 10, 1000, 20);

        assertThat(reaching.within(800, 600, 64)).isEqualTo(new Rect(0, 448, 800, 152));
        assertThat(outside.within(800, 600, 64)).isNull();
    }

    @Test
    void drawingThatIsNotMeasuredCoversTheWholeView() {
        InkedArea area = new InkedArea();
        area.add(new Affine(), 10, 10, 20, 20);
        area.addEverywhere();

        assertThat(area.within(800, 600, 64)).isEqualTo(new Rect(0, 0, 800, 600));
    }
}
