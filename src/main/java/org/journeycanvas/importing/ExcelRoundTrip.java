package org.journeycanvas.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.ExcelTableReader;
import org.journeycanvas.io.table.ExportedWorkbook;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.io.table.TableRow;

/** Recognises a workbook the app exported (and someone may have edited since) and reads what can come back. */
public final class ExcelRoundTrip {
    /** Reading the cards sheet is nearly all the work. */
    private static final double CARDS_SHARE = 0.9;

    private ExcelRoundTrip() {}

    /**
     * The exported cards and stages, or empty when the workbook is not one of the app's Excel exports. Rows hidden
     * by a filter are read too: they are cards all the same.
     *
     * @throws java.util.concurrent.CancellationException if the progress says the user cancelled
     */
    public static Optional<ExportedCards> read(Path workbook, Progress progress) throws TableReadException {
        try (ExcelTableReader.Sheets sheets = new ExcelTableReader().open(workbook)) {
            // opening parsed the whole workbook; a small sheet's reading may never check again
            progress.checkCancelled();
            if (!sheets.has(ExportedWorkbook.MARKER_SHEET)) {
                return Optional.empty();
            }
            Table marker = sheets.read(ExportedWorkbook.MARKER_SHEET, true, Progress.NONE);
            String mapId = value(marker, ExportedWorkbook.MAP_ID);
            String cardsSheet = value(marker, ExportedWorkbook.CARDS_SHEET);
            String overviewSheet = value(marker, ExportedWorkbook.OVERVIEW_SHEET);
            List<String> personaIds = new ArrayList<>();
            Map<String, String> fingerprints = new HashMap<>();
            for (TableRow row : marker.rows()) {
                String key = row.cell(0).strip();
                if (key.equals(ExportedWorkbook.PERSONA_ID)) {
                    personaIds.add(row.cell(1).strip());
                } else if (key.equals(ExportedWorkbook.CARD)) {
                    fingerprints.put(
                            row.cell(1).strip(),
                            row.cell(ExportedWorkbook.FINGERPRINT_COLUMN).strip());
                }
            }
            Table cards = sheets.has(cardsSheet)
                    ? sheets.read(cardsSheet, true, part(progress, 0, CARDS_SHARE))
                    : renamedCards(sheets, cardsSheet, part(progress, 0, CARDS_SHARE));
            String overviewName = sheets.has(overviewSheet)
                    ? overviewSheet
                    : renamedOverview(sheets, cards.sheetName()).orElse(overviewSheet);
            Table overview = sheets.read(overviewName, true, part(progress, CARDS_SHARE, 1));
            return Optional.of(new ExportedCards(mapId, cards, stageTable(overview), personaIds, fingerprints));
        }
    }

    /**
     * The cards sheet when someone renamed it: the first sheet whose header has the card id column (in any
     * language); else the marker's name, which then says it is missing.
     */
    private static Table renamedCards(ExcelTableReader.Sheets sheets, String exportedName, Progress progress)
            throws TableReadException {
        for (String name : sheets.names()) {
            if (name.equals(ExportedWorkbook.MARKER_SHEET)) {
                continue;
            }
            Table candidate;
            try {
                candidate = sheets.read(name, true, progress);
            } catch (TableReadException e) {
                // an empty sheet: not the cards
                continue;
            }
            if (ColumnMapping.guess(candidate.header())
                    .column(ColumnRole.CARD_ID)
                    .isPresent()) {
                return candidate;
            }
        }
        return sheets.read(exportedName, true, progress);
    }

    /** The overview when someone renamed it: the sheet with the stage ids in their hidden column. */
    private static Optional<String> renamedOverview(ExcelTableReader.Sheets sheets, String cardsSheet) {
        return sheets.names().stream()
                .filter(name -> !name.equals(ExportedWorkbook.MARKER_SHEET) && !name.equals(cardsSheet))
                .filter(name -> sheets.isColumnHidden(name, ExportedWorkbook.STAGE_ID_COLUMN))
                .findFirst();
    }

    private static String value(Table marker, String key) throws TableReadException {
        for (TableRow row : marker.rows()) {
            if (row.cell(0).strip().equals(key) && !row.cell(1).isBlank()) {
                return row.cell(1).strip();
            }
        }
        throw marker.problem(Messages.get("import.roundTrip.problem.marker", key));
    }

    /**
     * The overview's stage table: the rows with something in the stage id column, the first of them its header
     * (the title, the description and the persona table leave that column empty).
     */
    private static Table stageTable(Table overview) {
        List<TableRow> rows = overview.rows().stream()
                .filter(row -> !row.cell(ExportedWorkbook.STAGE_ID_COLUMN).isBlank())
                .toList();
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).cells();
        return new Table(
                overview.sourceName(),
                overview.sheetName(),
                overview.workbook(),
                header,
                rows.isEmpty() ? List.of() : rows.subList(1, rows.size()),
                overview.notes());
    }

    /** A share of the whole work, from {@code from} to {@code to}, as its own progress from 0 to 1. */
    private static Progress part(Progress whole, double from, double to) {
        return new Progress() {
            @Override
            public void update(double fraction) {
                whole.update(from + (to - from) * fraction);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
