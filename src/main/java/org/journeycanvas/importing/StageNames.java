package org.journeycanvas.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeycanvas.command.Field;
import org.journeycanvas.command.FieldEdit;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.ImportedChange.Step;
import org.journeycanvas.io.table.ExcelText;
import org.journeycanvas.io.table.ExportedWorkbook;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableRow;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Stage;

/**
 * The stages of an edited export: the overview's stage table, matched to the map's stages by the hidden id. A
 * card's stage is named by its name before or after a rename, since whoever renamed a stage in the overview may
 * or may not have renamed it in the cards sheet too.
 */
final class StageNames {
    private final JourneyMap map;
    private final Map<String, String> editedNames = new HashMap<>();
    private final Map<String, String> editedDescriptions = new HashMap<>();
    private final Map<String, String> idsByName = new HashMap<>();
    /** The map's stage names by id, normalized once: every row of the cards sheet asks. */
    private final Map<String, String> normalizedNames = new HashMap<>();

    StageNames(JourneyMap map, Table stages) {
        this.map = map;
        for (TableRow row : stages.rows()) {
            String id = row.cell(ExportedWorkbook.STAGE_ID_COLUMN).strip();
            if (map.stage(id).isPresent() && !editedNames.containsKey(id)) {
                editedNames.put(id, row.cell(ExportedWorkbook.STAGE_NAME_COLUMN));
                editedDescriptions.put(id, row.cell(ExportedWorkbook.STAGE_DESCRIPTION_COLUMN));
            }
        }
        editedNames.forEach((id, name) -> idsByName.putIfAbsent(MapDraft.nameKey(name), id));
        map.stages().forEach(stage -> idsByName.putIfAbsent(MapDraft.nameKey(stage.name()), stage.id()));
        map.stages().forEach(stage -> normalizedNames.put(stage.id(), MapDraft.nameKey(stage.name())));
    }

    /** The renamed stages and changed descriptions. */
    List<ImportedChange> changes() {
        List<ImportedChange> changes = new ArrayList<>();
        for (Stage stage : map.stages()) {
            String name = editedNames.getOrDefault(stage.id(), stage.name());
            if (!name.equals(ExcelText.asRead(stage.name()))) {
                changes.add(new ImportedChange(
                        Messages.get("import.roundTrip.change.stageName", stage.name(), name),
                        false,
                        new FieldEdit<>(Field.STAGE_NAME, stage.id(), name),
                        Step.STAGE));
            }
            String description = editedDescriptions.getOrDefault(stage.id(), stage.description());
            if (!description.equals(ExcelText.asRead(stage.description()))) {
                changes.add(new ImportedChange(
                        Messages.get(
                                "import.roundTrip.change.stageDescription",
                                name,
                                CardChanges.shown(stage.description()),
                                CardChanges.shown(description)),
                        false,
                        new FieldEdit<>(Field.STAGE_DESCRIPTION, stage.id(), description),
                        Step.STAGE));
            }
        }
        return changes;
    }

    /** The id of the stage a cell names, or null. */
    String idNamed(String name) {
        return idsByName.get(MapDraft.nameKey(name));
    }

    /** Whether a cell names this stage, by its name before or after the edit. */
    boolean names(String stageId, String name) {
        String wanted = MapDraft.nameKey(name);
        return wanted.equals(normalizedNames.get(stageId))
                || wanted.equals(MapDraft.nameKey(editedNames.getOrDefault(stageId, "")));
    }

    /** A stage's name as the list of changes shows it: after the edit. */
    String shownName(String stageId) {
        return editedNames.getOrDefault(
                stageId, map.stage(stageId).map(Stage::name).orElse(stageId));
    }
}
