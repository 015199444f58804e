package org.journeycanvas.ui.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.ExcelRoundTrip;
import org.journeycanvas.importing.ExportedCards;
import org.journeycanvas.importing.MapChanges;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.mermaid.MermaidFormatException;
import org.journeycanvas.io.mermaid.MermaidJourneyReader;
import org.journeycanvas.io.table.CsvTableReader;
import org.journeycanvas.io.table.ExcelTableReader;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;

/**
 * Reads a file to import, on a worker thread, and says what it is: an Excel export of the open map (its
 * changes), a table, or a Mermaid journey. The file's extension decides how it is read.
 */
final class ImportReader {
    /** A Mermaid journey is a few kilobytes; anything far larger is not one. */
    static final long MERMAID_MAX_BYTES = 5_000_000;

    /** The encodings the mapping step offers for CSV, in its order; null is "detect". */
    private static final List<Charset> ENCODINGS =
            java.util.Arrays.asList(null, StandardCharsets.UTF_8, Charset.forName("windows-1252"));

    private ImportReader() {}

    /** A problem the user can fix, said in one message. */
    static final class ImportProblem extends Exception {
        private static final long serialVersionUID = 1L;

        ImportProblem(String message) {
            super(message);
        }
    }

    static ImportSource read(Path file, JourneyMap open, Progress progress)
            throws TableReadException, MermaidFormatException, ImportProblem {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mmd") || lower.endsWith(".mermaid")) {
            return new ImportSource.Mermaid(name, new MermaidJourneyReader().read(mermaidText(file)));
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            // an export saved as .xls (LibreOffice can) keeps its marker as a hidden sheet
            Optional<ExportedCards> exported = ExcelRoundTrip.read(file, progress);
            if (exported.isPresent() && exported.get().mapId().equals(open.id())) {
                return new ImportSource.Changes(name, MapChanges.between(open, exported.get()));
            }
            if (exported.isPresent()) {
                // An export of another map: its cards sheet is the table to import, not its overview.
                return workbook(file, name, progress, exported.get().cards());
            }
            return workbook(file, name, progress, null);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            CsvTableReader reader = new CsvTableReader();
            TableSource source = new TableSource(
                    name,
                    Messages.get("import.ui.mapping.encoding"),
                    List.of(
                            Messages.get("import.ui.encoding.automatic"),
                            Messages.get("import.ui.encoding.utf8"),
                            Messages.get("import.ui.encoding.windows1252")),
                    0,
                    (choice, each) -> reader.read(file, ENCODINGS.get(choice), each));
            return new ImportSource.Tabular(source, reader.read(file, progress));
        }
        throw new ImportProblem(Messages.get("import.ui.unknownType"));
    }

    /** A workbook's table: {@code shown} when it is already read, else its first sheet's. */
    private static ImportSource workbook(Path file, String name, Progress progress, Table shown)
            throws TableReadException {
        ExcelTableReader reader = new ExcelTableReader();
        List<String> sheets = reader.sheetNames(file);
        Table first = shown != null ? shown : reader.readFirstSheet(file, progress);
        TableSource source = new TableSource(
                name,
                Messages.get("import.ui.mapping.sheet"),
                sheets,
                Math.max(0, sheets.indexOf(first.sheetName())),
                (choice, each) -> reader.read(file, sheets.get(choice), each));
        return new ImportSource.Tabular(source, first);
    }

    private static String mermaidText(Path file) throws ImportProblem {
        try {
            if (Files.size(file) > MERMAID_MAX_BYTES) {
                throw new ImportProblem(Messages.get("import.ui.mermaidTooLarge"));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportProblem(Messages.get("import.ui.notUtf8"));
        } catch (IOException e) {
            throw new ImportProblem(Messages.get("import.ui.unreadable", String.valueOf(e.getMessage())));
        }
    }
}
