package org.journeycanvas.layout;

/** One cubic Bézier piece of a smooth curve. */
public record CurveSegment(Point start, Point control1, Point control2, Point end) {}
