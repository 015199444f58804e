package org.journeycanvas.importing;

/** How a table writes emotion scores: as the map does, −2 to +2, or as surveys do, 1 to 5 (3 is neutral). */
public enum ScoreScale {
    MINUS_TWO_TO_TWO,
    ONE_TO_FIVE;
}
