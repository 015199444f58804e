package org.journeycanvas.export;

import org.apache.poi.ooxml.POIXMLDocument;

/**
 * Letting go of a workbook or slide show made in memory once it has been written. Its {@code close()} would save
 * the whole document again, into the memory buffer POI made it over, only to throw that copy away: a second
 * serialisation that cost as much as a tenth of an export.
 */
final class UnsavedDocuments {
    private UnsavedDocuments() {}

    /** Frees what the document holds without saving it; the document is not to be used afterwards. */
    static void release(POIXMLDocument document) {
        document.getPackage().revert();
    }
}
