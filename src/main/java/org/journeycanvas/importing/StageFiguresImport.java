package org.journeycanvas.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.journeycanvas.i18n.LocalNumbers;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.CsvTableReader;
import org.journeycanvas.io.table.ExcelTableReader;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapInvariantException;
import org.journeycanvas.model.Spaces;
import org.journeycanvas.model.Stage;
import org.journeycanvas.model.StageFigures;
import org.journeycanvas.model.TimeSpent;

/**
 * Stage figures from a table an analytics tool exported: one row per stage, the stage's name in one column and
 * figures in others, found by their header in any of the four languages ("Stage", "Visitors", "Conversion rate",
 * "CSAT", "NPS", "Time (min)"). Rows are matched to the map's stages by name. A blank cell keeps the figure the
 * stage has. Every problem — an unknown stage, a cell that is not a number or out of range — is reported at its
 * cell, all in one message, and then nothing is imported.
 */
public final class StageFiguresImport {
    /** The figures a column can hold. */
    public enum Figure {
        ENTERED,
        CONVERSION,
        CSAT,
        NPS,
        TIME
    }

    private StageFiguresImport() {}

    /** Reads a CSV file or the first sheet of a workbook. */
    public static Table read(Path file, Progress progress) throws TableReadException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls")
                ? new ExcelTableReader().readFirstSheet(file, progress)
                : new CsvTableReader().read(file, progress);
    }

    /**
     * The command that sets the figures the table gives, as one undo step. A figure the table leaves blank keeps
     * the value the stage has when the command is applied.
     *
     * @throws TableReadException naming every cell that cannot be taken, or the columns that are missing
     */
    public static StageFiguresMerge command(Table table, JourneyMap map) throws TableReadException {
        int stageColumn = stageColumn(table);
        Map<Figure, Integer> columns = figureColumns(table, stageColumn);
        TimeSpent.Unit unit = columns.containsKey(Figure.TIME)
                ? TimeUnits.inHeader(table.header().get(columns.get(Figure.TIME)))
                : null;
        List<String> problems = new ArrayList<>();
        Map<String, StageFiguresMerge.Given> changed = new LinkedHashMap<>();
        for (TableRow row : table.rows()) {
            String name = row.cell(stageColumn);
            if (Spaces.isBlank(name)) {
                continue;
            }
            Stage stage = stageNamed(map, name);
            if (stage == null) {
                problems.add(
                        table.problemAt(row, stageColumn, Messages.get("import.figures.unknownStage", name.strip()))
                                .getMessage());
                continue;
            }
            StageFiguresMerge.Given given =
                    changed.getOrDefault(stage.id(), new StageFiguresMerge.Given(StageFigures.NONE, Set.of()));
            StageFigures values = given.values();
            Set<Figure> figures = EnumSet.noneOf(Figure.class);
            figures.addAll(given.figures());
            for (Map.Entry<Figure, Integer> column : columns.entrySet()) {
                String cell = row.cell(column.getValue());
                if (Spaces.isBlank(cell)) {
                    continue;
                }
                try {
                    values = with(values, column.getKey(), cell, unit);
                    figures.add(column.getKey());
                } catch (IllegalArgumentException wrong) {
                    String problem =
                            wrong instanceof MapInvariantException broken ? broken.problem() : wrong.getMessage();
                    problems.add(
                            table.problemAt(row, column.getValue(), problem).getMessage());
                }
            }
            if (!figures.isEmpty()) {
                // a row naming a stage but giving no figure changes nothing: not counted, not an undo step
                changed.put(stage.id(), new StageFiguresMerge.Given(values, figures));
            }
        }
        if (!problems.isEmpty()) {
            throw table.problem(
                    Messages.plural("import.figures.problems", problems.size()) + "\n" + String.join("\n", problems));
        }
        if (changed.isEmpty()) {
            throw table.problem(Messages.get("import.figures.noRows"));
        }
        // merged into each stage when applied, so what was edited meanwhile stays
        return new StageFiguresMerge(changed);
    }

    private static StageFigures with(StageFigures figures, Figure figure, String cell, TimeSpent.Unit unit) {
        if (figure == Figure.TIME) {
            return unit == null && cell.contains(":")
                    ? figures.withTime(new TimeSpent(TimeUnits.clockSeconds(cell), TimeSpent.Unit.SECONDS))
                    : figures.withTime(new TimeSpent(number(cell), unit == null ? TimeSpent.Unit.SECONDS : unit));
        }
        double value = number(cell);
        return switch (figure) {
            case ENTERED -> {
                if (value != Math.rint(value)) {
                    throw new IllegalArgumentException(Messages.get("import.figures.notWhole", cell.strip()));
                }
                yield figures.withEntered((long) value);
            }
            case CONVERSION -> figures.withConversion(value);
            case CSAT -> figures.withCsat(value);
            default -> figures.withNps(value);
        };
    }

    /** A number as the interface language writes it, else as a program writes it ("1234.5"). */
    static double number(String cell) {
        OptionalDouble local = LocalNumbers.parse(cell);
        if (local.isPresent()) {
            return local.getAsDouble();
        }
        String plain = cell.strip().replace("%", "").strip();
        try {
            double value = Double.parseDouble(plain);
            if (Double.isFinite(value) && !plain.isEmpty() && Character.isDigit(plain.charAt(plain.length() - 1))) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException(Messages.get("import.figures.notANumber", cell.strip()));
    }

    private static Stage stageNamed(JourneyMap map, String name) {
        String wanted = LocalizedWords.normalized(Spaces.collapsed(name));
        for (Stage stage : map.stages()) {
            if (LocalizedWords.normalized(Spaces.collapsed(stage.name())).equals(wanted)) {
                return stage;
            }
        }
        return null;
    }

    private static int stageColumn(Table table) throws TableReadException {
        List<String> words = LocalizedWords.wordLists("import.guess.STAGE");
        for (int column = 0; column < table.width(); column++) {
            if (matches(table.header().get(column), words)) {
                return column;
            }
        }
        throw table.problem(Messages.get("import.figures.noStageColumn"));
    }

    private static Map<Figure, Integer> figureColumns(Table table, int stageColumn) throws TableReadException {
        Map<Figure, Integer> columns = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            List<String> words = LocalizedWords.wordLists("import.figures.guess." + figure.name());
            for (int column = 0; column < table.width(); column++) {
                if (column != stageColumn
                        && !columns.containsValue(column)
                        && matches(table.header().get(column), words)) {
                    columns.put(figure, column);
                    break;
                }
            }
        }
        if (columns.isEmpty()) {
            throw table.problem(Messages.get("import.figures.noFigureColumn"));
        }
        return columns;
    }

    /** A header names one of the words, whatever follows in brackets ("Time (min)" is "Time"). */
    private static boolean matches(String header, List<String> words) {
        String name = LocalizedWords.normalized(header.replaceAll("\\(.*\\)|\\[.*]", ""));
        return !name.isEmpty()
                && words.stream()
                        .anyMatch(word -> LocalizedWords.normalized(word).equals(name));
    }
}
