package org.journeycanvas.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.journeycanvas.i18n.Messages;

/**
 * Refuses an {@code .xlsx} sheet with more rows than an import takes before POI's user model loads it: that
 * model holds every cell in memory, and a sheet of a million honest rows would exhaust the editor's heap before
 * the row limit could be checked. The sheet's XML is streamed and its rows holding a value counted, stopping at the
 * limit; a sheet whose XML is too small to hold that many rows is not read at all.
 */
final class XlsxRowGuard {
    /** The fewest bytes a row with one cell takes in a sheet's XML ({@code <row><c><v>1</v></c></row>}). */
    private static final int FEWEST_BYTES_PER_ROW = 24;

    private XlsxRowGuard() {}

    /**
     * Throws when the named sheet (the first when null) has more than {@code maxRows} non-empty rows. Does
     * nothing for a file that is not an Office Open XML package: opening it as a workbook will say what it is.
     */
    static void check(Path file, String sheetName, int maxRows) throws TableReadException {
        check(file, sheetName, false, maxRows);
    }

    /** Throws when any sheet has more than {@code maxRows} non-empty rows: before reading several sheets. */
    static void checkEverySheet(Path file, int maxRows) throws TableReadException {
        check(file, null, true, maxRows);
    }

    private static void check(Path file, String sheetName, boolean everySheet, int maxRows) throws TableReadException {
        OPCPackage workbook;
        try {
            if (FileMagic.valueOf(file.toFile()) != FileMagic.OOXML) {
                return;
            }
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return;
        }
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(workbook).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    if (everySheet || sheetName == null || sheets.getSheetName().equals(sheetName)) {
                        long size = sheets.getSheetPart().getSize();
                        int firstRowOver = size < 0 || size > (long) maxRows * FEWEST_BYTES_PER_ROW
                                ? firstRowOver(xml, maxRows + 1)
                                : 0;
                        if (firstRowOver > 0) {
                            throw TableReadException.ofCell(
                                    String.valueOf(file.getFileName()),
                                    sheets.getSheetName(),
                                    firstRowOver,
                                    0,
                                    Messages.get("import.table.tooManyRows", maxRows));
                        }
                        if (!everySheet) {
                            return;
                        }
                    }
                }
            }
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw ExcelWorkbooks.unreadable(file, e);
        } finally {
            workbook.revert();
        }
    }

    /**
     * The number of the first row past {@code limit} rows holding at least one value (the header among them), or 0
     * when the sheet has no more than that.
     */
    private static int firstRowOver(InputStream xml, int limit) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml);
        try {
            int rows = 0;
            int rowNumber = 0;
            boolean rowHasValue = false;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals("row")) {
                    rowHasValue = false;
                    String number = reader.getAttributeValue(null, "r");
                    rowNumber = number == null ? rowNumber + 1 : Integer.parseInt(number);
                } else if ((name.equals("v") || name.equals("is")) && !rowHasValue) {
                    // A value, not a cell element alone: a range formatted far down writes empty styled cells.
                    rowHasValue = true;
                    if (++rows > limit) {
                        return rowNumber;
                    }
                }
            }
            return 0;
        } finally {
            reader.close();
        }
    }
}
