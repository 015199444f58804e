package org.journeycanvas.export.pages;

import java.util.List;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;

/**
 * One page of output, in points with the origin at the top left: the parts of a laid-out map placed on it, the
 * captions around them, and for a poster tile its crop marks.
 *
 * @param geometry   the layout the placements take their parts from (the whole map, or one persona)
 * @param printable  what the placements and captions are clipped to: the whole page, or a tile's printed area
 * @param cropMarks  short lines in a tile's margin, each as {x1, y1, x2, y2}, showing where to cut
 * @param marginNotes captions outside the printable area: a page number, a tile's place in the poster
 */
public record MapPage(
        double width,
        double height,
        MapGeometry geometry,
        List<Placement> placements,
        List<Caption> captions,
        Rect printable,
        List<double[]> cropMarks,
        List<Caption> marginNotes) {
    public MapPage {
        placements = List.copyOf(placements);
        captions = List.copyOf(captions);
        cropMarks = List.copyOf(cropMarks);
        marginNotes = List.copyOf(marginNotes);
    }
}
