package org.journeycanvas.ui.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.journeycanvas.compare.Difference;
import org.journeycanvas.compare.DifferenceText;
import org.journeycanvas.compare.ElementKind;
import org.journeycanvas.compare.MapDiff;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.canvas.CompareMarks;
import org.journeycanvas.ui.canvas.FxTextMeasurer;

/**
 * A comparison of the open map with another version of it (a file the user picked, or the version another program
 * saved): the differences from that version to the open map, kept up to date as the map changes, the one being
 * looked at, what the canvas marks, and taking a difference back as one undoable step. Tested without a window.
 */
public final class CompareModel {
    private final EditorViewModel editor;
    private final JourneyMap other;
    private final String otherName;
    private final MapGeometry otherGeometry;
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper focused = new ReadOnlyIntegerWrapper(-1);
    private final ChangeListener<JourneyMap> mapChanged = (obs, old, map) -> refresh();

    public CompareModel(EditorViewModel editor, JourneyMap other, String otherName) {
        this.editor = editor;
        this.other = other;
        this.otherName = otherName;
        this.otherGeometry = new MapLayout(new TextWrapper(new FxTextMeasurer()), LayoutStyle.DEFAULT).layout(other);
        editor.mapProperty().addListener(mapChanged);
        refresh();
    }

    /** Stops following the open map. */
    public void close() {
        editor.mapProperty().removeListener(mapChanged);
    }

    public String otherName() {
        return otherName;
    }

    public ObservableList<Difference> differences() {
        return differences;
    }

    /** Each difference as one line in the interface language. */
    public ObservableList<String> lines() {
        return lines;
    }

    public ReadOnlyIntegerProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public Optional<Difference> focusedDifference() {
        int index = focused.get();
        return index >= 0 && index < differences.size() ? Optional.of(differences.get(index)) : Optional.empty();
    }

    public void focus(int index) {
        focused.set(differences.isEmpty() ? -1 : Math.max(0, Math.min(differences.size() - 1, index)));
    }

    public void next() {
        focus(focused.get() + 1);
    }

    public void previous() {
        focus(focused.get() - 1);
    }

    /**
     * Takes the focused difference back on the open map, as one undo step; the list then has one difference
     * fewer (or another one, where taking it back changed more) and the focus stays at the same place. False when
     * it no longer fits the map (the map changed since the list was made), which then stays as it was.
     */
    public boolean takeBackFocused() {
        Optional<Difference> difference = focusedDifference();
        if (difference.isEmpty()) {
            return true;
        }
        int at = focused.get();
        try {
            editor.execute(difference.get().takeBack(editor.getMap()));
        } catch (IllegalArgumentException e) {
            return false; // it no longer fits the map: the list, compared again, says what is left
        } finally {
            editor.closeStep();
            refresh();
            focus(at);
        }
        return true;
    }

    /** What the canvas marks for the differences, laid out against the open map's geometry. */
    public CompareMarks marks(MapGeometry current) {
        Set<String> added = new HashSet<>();
        Set<String> changed = new HashSet<>();
        List<CompareMarks.Ghost> ghosts = new ArrayList<>();
        for (Difference difference : differences) {
            if (difference instanceof Difference.Added) {
                added.add(difference.id());
            } else if (difference instanceof Difference.Removed removed) {
                if (removed.kind() == ElementKind.CARD) {
                    ghost(removed.id(), current).ifPresent(ghosts::add);
                }
            } else {
                changed.add(difference.id());
            }
        }
        String focusedId = focusedDifference().map(Difference::id).orElse(null);
        return new CompareMarks(added, changed, ghosts, focusedId);
    }

    /**
     * Where a removed card is shown: its box in the other version, moved to where its old cell is in the open
     * map. None when that lane or stage is gone too.
     */
    Optional<CompareMarks.Ghost> ghost(String cardId, MapGeometry current) {
        Optional<CardBox> box = otherGeometry.card(cardId);
        if (box.isEmpty()) {
            return Optional.empty();
        }
        Optional<CellBox> was = otherGeometry.cell(box.get().laneId(), box.get().stageId());
        Optional<CellBox> now = current.cell(box.get().laneId(), box.get().stageId());
        if (was.isEmpty() || now.isEmpty()) {
            return Optional.empty();
        }
        Rect bounds = box.get().bounds();
        double dx = now.get().bounds().x() - was.get().bounds().x();
        double dy = now.get().bounds().y() - was.get().bounds().y();
        return Optional.of(new CompareMarks.Ghost(
                cardId,
                new Rect(bounds.x() + dx, bounds.y() + dy, bounds.width(), bounds.height()),
                box.get().lines()));
    }

    private void refresh() {
        JourneyMap current = editor.getMap();
        List<Difference> found = MapDiff.between(other, current);
        DifferenceText text = new DifferenceText(other, current);
        int at = focused.get();
        differences.setAll(found);
        lines.setAll(found.stream().map(text::describe).toList());
        focused.set(-1);
        if (!found.isEmpty()) {
            focus(Math.max(0, at));
        }
    }
}
