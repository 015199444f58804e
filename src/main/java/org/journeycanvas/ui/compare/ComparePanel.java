package org.journeycanvas.ui.compare;

import java.util.List;
import javafx.scene.control.Button;
import org.journeycanvas.compare.Difference;
import org.journeycanvas.compare.DifferenceText;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.Selection;
import org.journeycanvas.ui.canvas.CompareMarks;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * The list of differences under the map while comparing: step through them (the canvas shows and selects each),
 * take one back, or close the comparison.
 */
final class ComparePanel extends StepListPanel {
    private final CompareModel model;
    private final MapCanvas canvas;
    private final EditorViewModel editor;
    private final Button takeBack;

    ComparePanel(CompareModel model, EditorViewModel editor, MapCanvas canvas, Runnable close) {
        super("compare", model.lines(), model::focus, close);
        this.model = model;
        this.editor = editor;
        this.canvas = canvas;
        takeBack = button("compareTakeBack", "compare.ui.takeBack", () -> {
            if (!model.takeBackFocused()) {
                title.setText(Messages.get("compare.ui.cannotTakeBack"));
            }
        });
        addButtons(
                button("comparePrevious", "compare.ui.previous", model::previous),
                button("compareNext", "compare.ui.next", model::next),
                takeBack);
        model.focusedProperty().addListener((obs, old, index) -> showFocused());
        model.lines().addListener((javafx.collections.ListChangeListener<String>) change -> showFocused());
        editor.viewOptionsProperty().addListener((obs, old, options) -> showFocused());
        showFocused();
    }

    /** Brings list, title, canvas marks and selection in line with the focused difference. */
    private void showFocused() {
        int index = model.focusedProperty().get();
        selectQuietly(index);
        title.setText(Messages.get(
                "compare.ui.title",
                model.otherName(),
                DifferenceText.summary(model.differences().size())));
        takeBack.setDisable(index < 0);
        CompareMarks marks = model.marks(canvas.geometry());
        canvas.setCompareMarks(marks);
        model.focusedDifference().ifPresent(difference -> reveal(difference, marks));
    }

    private void reveal(Difference difference, CompareMarks marks) {
        String id = difference.id();
        canvas.geometry().card(id).ifPresent(box -> {
            editor.select(Selection.cards(List.of(id), new Selection.Cell(box.laneId(), box.stageId())));
            canvas.reveal(box.bounds());
        });
        marks.ghosts().stream()
                .filter(ghost -> ghost.cardId().equals(id))
                .findFirst()
                .ifPresent(ghost -> canvas.reveal(ghost.bounds()));
        canvas.geometry().stage(id).ifPresent(stage -> canvas.reveal(stage.header()));
        canvas.geometry().lane(id).ifPresent(lane -> canvas.reveal(lane.label()));
        canvas.geometry().personas().stream()
                .filter(band -> band.personaId().equals(id))
                .findFirst()
                .ifPresent(band -> canvas.reveal(new Rect(
                        band.header().x(),
                        band.header().y(),
                        band.header().width(),
                        band.header().height())));
    }
}
