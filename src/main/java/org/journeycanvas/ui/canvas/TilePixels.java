package org.journeycanvas.ui.canvas;

/** Pixels of the map painted at one zoom, in tiles on a grid of that zoom, as the zoom preview reads them. */
interface TilePixels {
    /** The zoom the tiles are painted at; 0 while there are none. */
    double pixelZoom();

    /** A tile's copied pixels, premultiplied ARGB row by row, or null if it has none. */
    int[] pixelsAt(int column, int row);
}
