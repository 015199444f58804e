package org.journeycanvas.ui.canvas;

/** What the canvas shows: its scroll in map units, its zoom, and its size in pixels. */
record ViewArea(double scrollX, double scrollY, double zoom, double width, double height) {}
