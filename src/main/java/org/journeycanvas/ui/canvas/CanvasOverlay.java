package org.journeycanvas.ui.canvas;

import java.util.List;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.Rect;

/**
 * What is drawn over the map during a gesture: where a drag would land, the rubber band, and a ghost of what
 * is dragged. Replaced as a whole; {@link #NONE} when no gesture is under way.
 */
public record CanvasOverlay(DropTarget dropTarget, Rect rubberBand, List<Rect> ghosts, String ghostLabel) {
    public static final CanvasOverlay NONE = new CanvasOverlay(new DropTarget.None(), null, List.of(), null);

    public CanvasOverlay {
        ghosts = List.copyOf(ghosts);
    }

    public static CanvasOverlay dropping(DropTarget target, List<Rect> ghosts, String label) {
        return new CanvasOverlay(target, null, ghosts, label);
    }

    public static CanvasOverlay rubberBand(Rect band) {
        return new CanvasOverlay(new DropTarget.None(), band, List.of(), null);
    }
}
