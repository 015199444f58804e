package org.journeycanvas.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.FileLimits;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Spaces;

/**
 * One import: each row of a table made into a card of a {@link MapDraft}, or skipped with its reason placed at
 * the cell, and the notes the user should read before accepting the map. The rules are {@link TableMapBuilder}'s.
 */
final class CardRows {
    private static final int ROWS_BETWEEN_PROGRESS = 4096;
    private static final int LISTED_CHANNELS = 20;

    private final Table table;
    private final TableImportOptions options;
    private final FileLimits limits;
    private final MapDraft draft;
    private final Columns columns;
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final List<Integer> stageFromAbove = new ArrayList<>();
    private final List<Integer> personaFromAbove = new ArrayList<>();
    private final List<Integer> droppedScores = new ArrayList<>();
    private final List<Integer> droppedChannels = new ArrayList<>();
    private final Map<String, String> unknownLanes = new LinkedHashMap<>();
    private final Map<String, UnknownChannel> unknownChannels = new LinkedHashMap<>();
    /** Look-ups by cell, since most rows repeat the lanes and channels of others. */
    private final Map<String, Optional<LaneKind>> laneKinds = new HashMap<>();

    private final Map<String, Optional<Channel>> channels = new HashMap<>();
    private final Map<String, String> laneKeys = new HashMap<>();
    private String stageAbove;
    private String personaAbove;

    CardRows(Table table, TableImportOptions options, FileLimits limits, IdGenerator ids) {
        this.table = table;
        this.options = options;
        this.limits = limits;
        this.draft = new MapDraft(limits, ids);
        this.columns = new Columns(options.mapping());
    }

    TableImport run(Progress progress) {
        List<TableRow> rows = table.rows();
        if (columns.text < 0) {
            progress.update(1);
            List<String> notes = new ArrayList<>(table.notes());
            notes.add(Messages.get("import.build.note.noTextColumn"));
            return new TableImport(draft.toMap(mapTitle()), List.of(), notes);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i % ROWS_BETWEEN_PROGRESS == 0) {
                progress.checkCancelled();
                progress.update((double) i / rows.size());
            }
            read(rows.get(i));
        }
        progress.checkCancelled();
        progress.update(1);
        return new TableImport(draft.toMap(mapTitle()), skipped, notes());
    }

    private void read(TableRow row) {
        if (isBlank(row)) {
            return;
        }
        String stageCell = cell(row, columns.stage);
        String personaCell = cell(row, columns.persona);
        boolean stageCarried = columns.stage >= 0 && stageCell.isEmpty() && stageAbove != null;
        boolean personaCarried = columns.persona >= 0 && personaCell.isEmpty() && personaAbove != null;
        stageAbove = stageCell.isEmpty() ? stageAbove : stageCell;
        personaAbove = personaCell.isEmpty() ? personaAbove : personaCell;
        String stage = columns.stage < 0 ? Messages.get("import.build.defaultStage") : stageAbove;
        String persona = personaAbove == null ? Messages.get("import.build.defaultPersona") : personaAbove;

        String text = cell(row, columns.text);
        if (text.isEmpty()) {
            skip(row, columns.text, Messages.get("import.build.noText"));
            return;
        }
        if (stage == null) {
            skip(row, columns.stage, Messages.get("import.build.noStage"));
            return;
        }
        String note = cell(row, columns.note);
        List<String> tags = tags(cell(row, columns.tags));
        String tooLong = firstTooLong(row, text, note, stage, persona, cell(row, columns.lane), tags);
        if (tooLong != null) {
            skipped.add(new SkippedRow(row.number(), tooLong));
            return;
        }
        if (tags.size() > limits.maxListItems()) {
            skip(row, columns.tags, Messages.get("import.build.tooManyTags", limits.maxListItems()));
            return;
        }

        String laneCell = cell(row, columns.lane);
        String scoreCell = cell(row, columns.score);
        String channelCell = cell(row, columns.channel);
        Optional<LaneKind> named =
                laneCell.isEmpty() ? Optional.empty() : laneKinds.computeIfAbsent(laneCell, KnownNames::laneKind);
        LaneKind kind = laneCell.isEmpty()
                ? kindOfUnnamedLane(scoreCell, channelCell)
                : named.orElse(options.unknownLaneKind());
        boolean known = laneCell.isEmpty() || named.isPresent();
        String laneKey = known ? MapDraft.laneKey(kind) : laneKeys.computeIfAbsent(laneCell, MapDraft::laneKey);
        // A lane named by its kind ("Pain point", "Schmerzpunkte") is that kind's lane, titled as the interface says.
        String laneTitle = known ? kind.title() : laneCell;

        Integer score = null;
        if (!scoreCell.isEmpty() && kind == LaneKind.EMOTIONS) {
            OptionalInt read = ScoreText.mapScore(scoreCell, options.scale());
            if (read.isEmpty()) {
                skip(row, columns.score, scoreProblem(scoreCell));
                return;
            }
            score = read.getAsInt();
        }
        Channel channel = null;
        if (!channelCell.isEmpty() && kind == LaneKind.TOUCHPOINTS) {
            channel = channels.computeIfAbsent(channelCell, KnownNames::channel).orElse(null);
        }
        String refusal = draft.refusal(persona, stage, laneKey);
        if (refusal != null) {
            skip(row, columns.text, refusal);
            return;
        }
        draft.add(persona, stage, laneKey, kind, laneTitle, new MapDraft.CardContent(text, note, channel, score, tags));

        int number = row.number();
        if (stageCarried) {
            stageFromAbove.add(number);
        }
        if (personaCarried) {
            personaFromAbove.add(number);
        }
        if (!known) {
            unknownLanes.putIfAbsent(laneKey, laneCell);
        }
        if (!scoreCell.isEmpty() && kind != LaneKind.EMOTIONS) {
            droppedScores.add(number);
        }
        if (!channelCell.isEmpty() && kind != LaneKind.TOUCHPOINTS) {
            droppedChannels.add(number);
        } else if (!channelCell.isEmpty() && channel == null) {
            unknownChannels
                    .computeIfAbsent(LocalizedWords.normalized(channelCell), key -> new UnknownChannel(channelCell))
                    .rows
                    .add(number);
        }
    }

    /** A lane the row does not name: the emotions lane for a score, the touchpoints for a channel. */
    private LaneKind kindOfUnnamedLane(String scoreCell, String channelCell) {
        if (!scoreCell.isEmpty()) {
            return LaneKind.EMOTIONS;
        }
        return channelCell.isEmpty() ? options.unknownLaneKind() : LaneKind.TOUCHPOINTS;
    }

    /** The first of the row's texts longer than a map holds, as the reason to skip the row, or null. */
    private String firstTooLong(
            TableRow row, String text, String note, String stage, String persona, String lane, List<String> tags) {
        String[] values = {
            text, note, stage, persona, lane, tags.stream().reduce("", (a, b) -> a.length() >= b.length() ? a : b)
        };
        int[] placed = {columns.text, columns.note, columns.stage, columns.persona, columns.lane, columns.tags};
        for (int i = 0; i < values.length; i++) {
            if (values[i].length() > limits.maxTextLength()) {
                String problem = Messages.get("import.build.tooLong", limits.maxTextLength());
                return table.problemAt(row, Math.max(0, placed[i]), problem).getMessage();
            }
        }
        return null;
    }

    private String scoreProblem(String cell) {
        String family = ScoreText.isFraction(cell) ? "import.build.score.fraction." : "import.build.score.";
        return Messages.get(family + options.scale().name(), cell);
    }

    private static List<String> tags(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || cell.charAt(i) == ',' || cell.charAt(i) == ';') {
                String tag = Spaces.strip(cell.substring(start, i));
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
                start = i + 1;
            }
        }
        return List.copyOf(tags);
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>(table.notes());
        if (columns.score >= 0) {
            notes.add(Messages.get("import.build.note.scale." + options.scale().name()));
        }
        addRows(notes, "import.build.note.stageFromAbove", stageFromAbove);
        addRows(notes, "import.build.note.personaFromAbove", personaFromAbove);
        if (!unknownLanes.isEmpty()) {
            List<String> quoted = unknownLanes.values().stream()
                    .map(title -> "\"" + title + "\"")
                    .toList();
            notes.add(Messages.get(
                    "import.build.note.unknownLanes", options.unknownLaneKind().title(), String.join(", ", quoted)));
        }
        unknownChannels.values().stream()
                .limit(LISTED_CHANNELS)
                .forEach(unknown -> notes.add(Messages.get(
                        "import.build.note.unknownChannel", unknown.written, RowNumbers.describe(unknown.rows))));
        addRows(notes, "import.build.note.droppedScores", droppedScores);
        addRows(notes, "import.build.note.droppedChannels", droppedChannels);
        return notes;
    }

    private static void addRows(List<String> notes, String key, List<Integer> rows) {
        if (!rows.isEmpty()) {
            notes.add(Messages.get(key, RowNumbers.describe(rows)));
        }
    }

    private void skip(TableRow row, int column, String problem) {
        skipped.add(new SkippedRow(
                row.number(), table.problemAt(row, Math.max(0, column), problem).getMessage()));
    }

    /** The map's title: the file's name without its extension. */
    private String mapTitle() {
        String name = table.sourceName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isBlank(TableRow row) {
        for (String cell : row.cells()) {
            if (!Spaces.isBlank(cell)) {
                return false;
            }
        }
        return true;
    }

    private static String cell(TableRow row, int column) {
        return column < 0 ? "" : Spaces.strip(row.cell(column));
    }

    /** A channel the import does not know, as first written, and the rows that named it. */
    private static final class UnknownChannel {
        final String written;
        final List<Integer> rows = new ArrayList<>();

        UnknownChannel(String written) {
            this.written = written;
        }
    }

    /** The column of each role, or -1. */
    private static final class Columns {
        final int persona;
        final int stage;
        final int lane;
        final int text;
        final int note;
        final int tags;
        final int channel;
        final int score;

        Columns(ColumnMapping mapping) {
            persona = mapping.column(ColumnRole.PERSONA).orElse(-1);
            stage = mapping.column(ColumnRole.STAGE).orElse(-1);
            lane = mapping.column(ColumnRole.LANE).orElse(-1);
            text = mapping.column(ColumnRole.TEXT).orElse(-1);
            note = mapping.column(ColumnRole.NOTE).orElse(-1);
            tags = mapping.column(ColumnRole.TAGS).orElse(-1);
            channel = mapping.column(ColumnRole.CHANNEL).orElse(-1);
            score = mapping.column(ColumnRole.SCORE).orElse(-1);
        }
    }
}
