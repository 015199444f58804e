package org.journeycanvas.importing;

/**
 * A row the import leaves out, and why, placed as the user finds it ({@code Interviews!D14: score "high" is not
 * a number from −2 to +2}).
 *
 * @param rowNumber the row's number in the sheet or file
 */
public record SkippedRow(int rowNumber, String reason) {}
