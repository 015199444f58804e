package org.journeycanvas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.CommandStack;
import org.journeycanvas.command.ReplaceMapCommand;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;

/**
 * The open document: its map, its history and its file, as properties the window binds to. Every change goes
 * through {@link #execute(Command)}.
 */
public final class EditorViewModel {
    private final ReadOnlyObjectWrapper<JourneyMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(Messages.get("edit.undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(Messages.get("edit.redo"));
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(Selection.NOTHING);
    private final ObjectProperty<ViewOptions> viewOptions = new SimpleObjectProperty<>(ViewOptions.ALL);
    private final IdGenerator ids;
    /** Counts the documents opened in this window: a view of one document closes when another opens. */
    private final javafx.beans.property.ReadOnlyLongWrapper document = new javafx.beans.property.ReadOnlyLongWrapper();

    private CommandStack stack;

    public EditorViewModel(JourneyMap initial, IdGenerator ids) {
        this.ids = ids;
        open(initial, null);
    }

    /** Replaces the document: a new map with a fresh history, unchanged since it was opened. */
    public void open(JourneyMap newMap, Path newFile) {
        document.set(document.get() + 1);
        stack = new CommandStack(newMap);
        stack.addListener(this::refresh);
        file.set(newFile);
        selection.set(Selection.NOTHING);
        viewOptions.set(ViewOptions.ALL);
        refresh();
    }

    /** Opens a recovered copy: it belongs to {@code originalFile} (if any) but is not saved there yet. */
    public void openUnsaved(JourneyMap recovered, Path originalFile) {
        open(recovered, originalFile);
        stack.markUnsaved();
    }

    /**
     * Puts the version of the map another program saved in place of this one, as one undoable step that keeps
     * the view, the file and what is still there of the selection; the document then matches its file.
     */
    public void reload(JourneyMap onDisk, String undoLabel) {
        stack.closeStep();
        stack.execute(new ReplaceMapCommand(undoLabel, onDisk));
        stack.markSaved();
        refresh();
    }

    /** The document's file is gone: what is open is no longer on disk. */
    public void markUnsaved() {
        stack.markUnsaved();
        refresh();
    }

    /** Changes when another document is opened (not when this one is saved under another name). */
    public javafx.beans.property.ReadOnlyLongProperty documentProperty() {
        return document.getReadOnlyProperty();
    }

    public void execute(Command command) {
        stack.execute(command);
    }

    /** Ends the current undo step (the user left the field or finished the gesture). */
    public void closeStep() {
        stack.closeStep();
    }

    public void undo() {
        if (stack.canUndo()) {
            stack.undo();
        }
    }

    public void redo() {
        if (stack.canRedo()) {
            stack.redo();
        }
    }

    /** Records that the current map was saved to a file. */
    public void saved(Path savedFile, long revision) {
        if (stack.revision() == revision) {
            stack.markSaved();
        }
        file.set(savedFile);
        refresh();
    }

    /** Identifies the current version of the map, so a save that finishes later knows what it wrote. */
    public long revision() {
        return stack.revision();
    }

    /** A new id, unused in the current map. */
    public String newId() {
        return ids.next(map.get()::usesId);
    }

    /** Several new ids, different from each other and unused in the current map. */
    public List<String> newIds(int count) {
        Set<String> taken = new HashSet<>(map.get().ids());
        List<String> fresh = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fresh.add(ids.take(taken));
        }
        return fresh;
    }

    public JourneyMap getMap() {
        return map.get();
    }

    public ReadOnlyObjectProperty<JourneyMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public Optional<Path> getFile() {
        return Optional.ofNullable(file.get());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The window title: file name (or Untitled), a mark for unsaved changes, and the app's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What is selected; replaced as a whole. */
    public Selection getSelection() {
        return selection.get();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Selects something else; an equal selection changes nothing. */
    public void select(Selection newSelection) {
        // The same object first: a record's equals links method handles the first time it runs (at start-up).
        if (newSelection != selection.get() && !newSelection.equals(selection.get())) {
            selection.set(newSelection);
        }
    }

    /** Folded lanes and the persona filter: how the map is shown, never saved or undone. */
    public ObjectProperty<ViewOptions> viewOptionsProperty() {
        return viewOptions;
    }

    private void refresh() {
        JourneyMap current = stack.current();
        if (current != map.get()) {
            // Forget what is gone first: a listener of either property then never meets a missing element.
            select(selection.get().retainedIn(current));
            map.set(current);
        }
        dirty.set(stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.undoLabel()
                .map(text -> Messages.get("edit.undoNamed", text))
                .orElse(Messages.get("edit.undo")));
        redoText.set(stack.redoLabel()
                .map(text -> Messages.get("edit.redoNamed", text))
                .orElse(Messages.get("edit.redo")));
        String name = file.get() == null
                ? Messages.get("window.untitled")
                : String.valueOf(file.get().getFileName());
        title.set((stack.isDirty() ? "• " : "") + Messages.get("window.title", name));
    }
}
