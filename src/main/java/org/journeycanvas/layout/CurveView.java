package org.journeycanvas.layout;

/**
 * Which emotion curves the view shows: the journey as it is, as it should become once the opportunities are done
 * (the to-be curve of {@code Card.futureScore}), or both with the gap between them shaded.
 */
public enum CurveView {
    AS_IS,
    TO_BE,
    BOTH;

    public boolean showsAsIs() {
        return this != TO_BE;
    }

    public boolean showsToBe() {
        return this != AS_IS;
    }
}
