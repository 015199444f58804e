package org.journeycanvas.layout;

/** What the opportunity matrix colours its dots by: the persona an opportunity belongs to, or its stage. */
public enum MatrixColouring {
    PERSONA,
    STAGE
}
