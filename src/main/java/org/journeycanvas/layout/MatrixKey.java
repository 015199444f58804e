package org.journeycanvas.layout;

/**
 * A legend entry of the opportunity matrix: a persona or a stage, with its swatch.
 *
 * @param color the element's own colour ({@code #RRGGBB}), or null to take the palette's colour at
 *     {@code paletteIndex} (its place in the map, so a colour does not change when another entry comes or goes)
 */
public record MatrixKey(String id, String name, String color, int paletteIndex, Point swatch, double radius) {}
