package org.journeycanvas.layout;

/** An impact and an effort, each 1 to 5: a cell of the opportunity matrix. */
public record MatrixRating(int impact, int effort) {}
