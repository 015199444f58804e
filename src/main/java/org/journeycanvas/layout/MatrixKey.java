package org.journeycanvas.layout;

/**
 * A legend entry of the opportunity matrix: a persona or a stage, with its swatch.
 *
 * @param color the element's colour ({@code #RRGGBB}) chosen by {@link DistinctColours} over the whole map, so a
 *     colour does not change when another entry comes or goes
 * @param paletteIndex the element's place in the map
 */
public record MatrixKey(String id, String name, String color, int paletteIndex, Point swatch, double radius) {}
