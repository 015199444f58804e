package org.journeycanvas.export.pages;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;

/** Wall posters: the map scaled to fill an A2–A0 sheet, or such a poster cut into office sheets to tape together. */
final class Posters {
    /** A tiled sheet's blank edge: room for the printer's own margin and the crop marks. */
    static final double TILE_MARGIN = 34;
    /** 10 mm of each tile repeated on its neighbour, to glue them over one another. */
    static final double OVERLAP = 28.35;

    static final double OVERLAP_MILLIMETRES = 10;
    private static final double CROP_MARK_GAP = 4;
    private static final double CROP_MARK_LENGTH = 14;

    private Posters() {}

    /** The whole map (or persona) scaled to fill one poster sheet, under a title to read from across a room. */
    static MapPage poster(MapGeometry geometry, String title, Paper paper, boolean landscape) {
        double pageWidth = paper.width(landscape);
        double pageHeight = paper.height(landscape);
        double margin = 2 * PagePlanner.PAPER_MARGIN;
        double titleScale = Math.max(1.5, pageWidth / 600);
        double titleBand = TextStyle.STAGE_NAME.size() * titleScale * 1.6;
        Rect bounds = geometry.bounds();
        double contentWidth = pageWidth - 2 * margin;
        double contentHeight = pageHeight - 2 * margin - titleBand;
        double scale = Math.min(contentWidth / bounds.width(), contentHeight / bounds.height());
        double left = margin + (contentWidth - bounds.width() * scale) / 2;
        Placement map = new Placement(bounds, scale, left, margin + titleBand);
        Caption heading = new Caption(
                title, left, margin + TextStyle.STAGE_NAME.size() * titleScale, TextStyle.STAGE_NAME, titleScale);
        Rect whole = new Rect(0, 0, pageWidth, pageHeight);
        return new MapPage(
                pageWidth, pageHeight, geometry, List.of(map), List.of(heading), whole, List.of(), List.of());
    }

    /**
     * A poster cut into office sheets, row by row: each sheet prints its part inside a blank edge, repeats the
     * neighbours' first {@link #OVERLAP} so the sheets can be glued over one another, and has crop marks at the
     * corners of its printed area. The sheets are turned whichever way needs fewer of them.
     */
    static List<MapPage> tiles(MapPage fullPoster, Paper sheet) {
        // Only the poster's printed part is tiled: a tall map on a wide poster leaves no blank sheets.
        Rect printed = usedArea(fullPoster);
        boolean landscape = sheetCount(printed, sheet, true) < sheetCount(printed, sheet, false);
        // A last row or column that would hold only a sliver of the map is saved by shrinking the poster a little.
        double shrink = Math.min(
                shrinkToSave(printed.width(), sheet.width(landscape) - 2 * TILE_MARGIN),
                shrinkToSave(printed.height(), sheet.height(landscape) - 2 * TILE_MARGIN));
        MapPage poster = shrunk(fullPoster, printed, shrink);
        Rect used = usedArea(poster);
        double sheetWidth = sheet.width(landscape);
        double sheetHeight = sheet.height(landscape);
        double printableWidth = sheetWidth - 2 * TILE_MARGIN;
        double printableHeight = sheetHeight - 2 * TILE_MARGIN;
        int columns = count(used.width(), printableWidth);
        int rows = count(used.height(), printableHeight);
        Rect printable = new Rect(TILE_MARGIN, TILE_MARGIN, printableWidth, printableHeight);
        List<MapPage> tiles = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double dx = TILE_MARGIN - used.x() - column * (printableWidth - OVERLAP);
                double dy = TILE_MARGIN - used.y() - row * (printableHeight - OVERLAP);
                String label = Messages.get(
                        "export.tile.label",
                        String.valueOf(tiles.size() + 1),
                        String.valueOf(rows * columns),
                        String.valueOf(row + 1),
                        String.valueOf(column + 1),
                        String.valueOf((int) OVERLAP_MILLIMETRES));
                tiles.add(new MapPage(
                        sheetWidth,
                        sheetHeight,
                        poster.geometry(),
                        poster.placements().stream().map(p -> p.shifted(dx, dy)).toList(),
                        poster.captions().stream().map(c -> c.shifted(dx, dy)).toList(),
                        printable,
                        cropMarks(printable),
                        List.of(new Caption(
                                label, TILE_MARGIN, sheetHeight - TILE_MARGIN / 2 + 3, TextStyle.EMOTION_LABEL, 0.7))));
            }
        }
        return tiles;
    }

    /** Below 1 where shrinking a length by at most a tenth saves a whole row or column of sheets. */
    private static double shrinkToSave(double length, double printable) {
        int sheets = count(length, printable);
        if (sheets < 2) {
            return 1;
        }
        double fits = (sheets - 1) * (printable - OVERLAP) + OVERLAP;
        double shrink = fits / length;
        return shrink >= 0.9 ? shrink : 1;
    }

    /** The poster scaled about the top left corner of what it prints. */
    private static MapPage shrunk(MapPage poster, Rect printed, double factor) {
        if (factor >= 1) {
            return poster;
        }
        List<Placement> placements = poster.placements().stream()
                .map(p -> new Placement(
                        p.source(),
                        p.scale() * factor,
                        printed.x() + (p.x() - printed.x()) * factor,
                        printed.y() + (p.y() - printed.y()) * factor))
                .toList();
        List<Caption> captions = poster.captions().stream()
                .map(c -> new Caption(
                        c.text(),
                        printed.x() + (c.x() - printed.x()) * factor,
                        printed.y() + (c.baseline() - printed.y()) * factor,
                        c.style(),
                        c.scale() * factor))
                .toList();
        return new MapPage(
                poster.width(),
                poster.height(),
                poster.geometry(),
                placements,
                captions,
                poster.printable(),
                poster.cropMarks(),
                poster.marginNotes());
    }

    /** What a poster prints on: its map and, above it, its title's line. */
    private static Rect usedArea(MapPage poster) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = 0;
        double bottom = 0;
        for (Placement placement : poster.placements()) {
            Rect target = placement.target();
            left = Math.min(left, target.x());
            top = Math.min(top, target.y());
            right = Math.max(right, target.maxX());
            bottom = Math.max(bottom, target.maxY());
        }
        for (Caption caption : poster.captions()) {
            top = Math.min(top, caption.baseline() - caption.style().lineHeight() * caption.scale());
        }
        return Rect.spanning(left, Math.max(0, top), right, bottom);
    }

    private static int sheetCount(Rect used, Paper sheet, boolean landscape) {
        return count(used.width(), sheet.width(landscape) - 2 * TILE_MARGIN)
                * count(used.height(), sheet.height(landscape) - 2 * TILE_MARGIN);
    }

    private static int count(double length, double printable) {
        return (int) Math.max(1, Math.ceil((length - OVERLAP) / (printable - OVERLAP) - 1e-9));
    }

    /** Two short lines outside each corner of the printed area, along its edges. */
    private static List<double[]> cropMarks(Rect area) {
        List<double[]> marks = new ArrayList<>();
        for (double x : new double[] {area.x(), area.maxX()}) {
            for (double y : new double[] {area.y(), area.maxY()}) {
                double outX = x == area.x() ? -1 : 1;
                double outY = y == area.y() ? -1 : 1;
                marks.add(new double[] {x + outX * CROP_MARK_GAP, y, x + outX * (CROP_MARK_GAP + CROP_MARK_LENGTH), y});
                marks.add(new double[] {x, y + outY * CROP_MARK_GAP, x, y + outY * (CROP_MARK_GAP + CROP_MARK_LENGTH)});
            }
        }
        return marks;
    }
}
