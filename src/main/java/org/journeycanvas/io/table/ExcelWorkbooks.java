package org.journeycanvas.io.table;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.journeycanvas.i18n.Messages;

/** Opens a workbook read-only and turns every way that can fail into one message for users. */
final class ExcelWorkbooks {
    private ExcelWorkbooks() {}

    static Workbook open(Path file) throws TableReadException {
        String source = String.valueOf(file.getFileName());
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw TableReadException.ofFile(source, Messages.get("import.table.passwordProtected"));
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (RuntimeException e) {
            // POI reports a damaged or foreign file with many unchecked types (not OOXML, not OLE2, bad records).
            throw unreadable(file, e);
        }
    }

    /** A zip bomb, a file that is no workbook, or one that cannot be read at all. */
    static TableReadException unreadable(Path file, Exception failure) {
        String source = String.valueOf(file.getFileName());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("ZIP bomb")) {
                return TableReadException.ofFile(source, Messages.get("import.table.zipBomb"));
            }
            if (cause instanceof EncryptedDocumentException) {
                return TableReadException.ofFile(source, Messages.get("import.table.passwordProtected"));
            }
        }
        if (failure instanceof java.nio.file.NoSuchFileException || failure instanceof java.io.FileNotFoundException) {
            return TableReadException.ofFile(
                    source, Messages.get("import.table.unreadable", String.valueOf(failure.getMessage())));
        }
        return TableReadException.ofFile(source, Messages.get("import.table.notSpreadsheet"));
    }
}
