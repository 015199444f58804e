package org.journeycanvas.export;

/**
 * How to export slides.
 *
 * @param personaId the one persona to export, or null for all
 * @param pictures  a picture of each persona (the PNG) instead of editable shapes
 */
public record PptxOptions(String personaId, boolean pictures) {}
