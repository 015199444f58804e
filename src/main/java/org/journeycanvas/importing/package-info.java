/**
 * The import layer: above {@code io} and {@code command}, beside {@code export}. Turning a table someone brought in into a map: which column holds what ({@link
 * org.journeycanvas.importing.ColumnMapping}, guessed from the header), building the map with a preview of
 * what it skips ({@link org.journeycanvas.importing.TableMapBuilder}), and the round trip of the app's own
 * Excel export ({@link org.journeycanvas.importing.ExcelRoundTrip}, {@link
 * org.journeycanvas.importing.MapChanges}).
 */
package org.journeycanvas.importing;
