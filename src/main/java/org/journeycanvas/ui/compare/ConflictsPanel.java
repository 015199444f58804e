package org.journeycanvas.ui.compare;

import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.Selection;
import org.journeycanvas.ui.canvas.CompareMarks;
import org.journeycanvas.ui.canvas.MapCanvas;

/** The conflicts a merge left in the open map, under the canvas: step through them, keep or delete each version. */
final class ConflictsPanel extends StepListPanel {
    private final ConflictsModel model;
    private final EditorViewModel editor;
    private final MapCanvas canvas;
    private final Button keep;
    private final Button delete;

    ConflictsPanel(ConflictsModel model, EditorViewModel editor, MapCanvas canvas, Runnable close) {
        super("conflicts", model.lines(), model::focus, close);
        this.model = model;
        this.editor = editor;
        this.canvas = canvas;
        keep = button("keepVersion", "compare.ui.keepVersion", model::keepFocused);
        delete = button("deleteVersion", "compare.ui.deleteVersion", model::deleteFocused);
        addButtons(keep, delete);
        model.focusedProperty().addListener((obs, old, index) -> showFocused());
        model.lines().addListener((ListChangeListener<String>) change -> showFocused());
        showFocused();
    }

    private void showFocused() {
        int index = model.focusedProperty().get();
        selectQuietly(index);
        int count = model.cardIds().size();
        title.setText(
                count == 0
                        ? Messages.get("compare.ui.conflictsResolved")
                        : Messages.plural("compare.ui.conflicts", count));
        keep.setDisable(index < 0);
        delete.setDisable(index < 0);
        String focusedId = model.focusedCardId().orElse(null);
        canvas.setCompareMarks(new CompareMarks(Set.of(), Set.copyOf(model.cardIds()), List.of(), focusedId));
        model.focusedCardId().flatMap(id -> canvas.geometry().card(id)).ifPresent(box -> {
            editor.select(Selection.cards(List.of(box.cardId()), new Selection.Cell(box.laneId(), box.stageId())));
            canvas.reveal(box.bounds());
        });
    }
}
