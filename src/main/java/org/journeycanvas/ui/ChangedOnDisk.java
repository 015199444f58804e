package org.journeycanvas.ui;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;

/**
 * What the window does when another program changes the open file. Without unsaved changes the map is
 * reloaded at once (one undoable step, keeping the view and what is still there of the selection) and the status
 * bar says so. With unsaved changes a bar across the top offers Reload (the disk's version, the changes
 * undoable), Compare (the differences from the disk's version to the open map, under the canvas) or Keep mine (Save will then ask before writing over the other version). A file deleted or moved
 * away leaves the map open as unsaved; one that cannot be read (held by another program, half written) gets its
 * own plain message and nothing changes.
 */
final class ChangedOnDisk implements DiskWatch.Listener, OpenFileWatch, AutoCloseable {
    private static final long POLL_MILLIS = 1000;

    private final EditorViewModel editor;
    private final Consumer<String> status;
    private final Pane barHost;
    private final DiskWatch watch;
    private final HBox bar = new HBox(8);
    private final Label message = new Label();
    private final Button reload = new Button(Messages.get("disk.reload"));
    private final Button keepMine = new Button(Messages.get("disk.keepMine"));
    private final Button dismiss = new Button(Messages.get("disk.dismiss"));
    private final Button compare = new Button(Messages.get("disk.compare"));
    private JourneyMap pending;

    /** {@code compareWith} shows the differences from another version (named) to the open map. */
    ChangedOnDisk(
            EditorViewModel editor, Pane barHost, Consumer<String> status, BiConsumer<JourneyMap, String> compareWith) {
        this.editor = editor;
        this.barHost = barHost;
        this.status = status;
        this.watch = new DiskWatch(this, POLL_MILLIS);
        message.setWrapText(true);
        message.setMinWidth(0);
        // a wrapping label in a row gets the height of its wrapped lines only if it asks for it
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.setId("changedOnDiskBar");
        bar.getStyleClass().add("notice-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        reload.setId("reloadFromDisk");
        keepMine.setId("keepMine");
        dismiss.setId("dismissDiskNotice");
        compare.setId("compareWithDisk");
        compare.setOnAction(event -> {
            if (pending != null) {
                compareWith.accept(pending, Messages.get("disk.compare.name", DocumentFiles.name(watch.file())));
            }
        });
        reload.setOnAction(event -> reloadPending());
        keepMine.setOnAction(event -> keepMine());
        dismiss.setOnAction(event -> hideBar());
        editor.fileProperty().addListener((obs, old, file) -> {
            if (file == null || !file.equals(watch.file())) {
                watch.forget();
                hideBar();
            }
        });
    }

    @Override
    public void watch(Path file, JourneyMap onDisk) {
        watch.watch(file, onDisk);
        hideBar();
    }

    @Override
    public void saved(Path file, JourneyMap onDisk) {
        watch.saved(file, onDisk);
        hideBar();
    }

    @Override
    public void pauseForSave() {
        watch.pauseForSave();
    }

    @Override
    public void resume() {
        watch.resume();
    }

    @Override
    public boolean changedSince(Path file) {
        return watch.changedSince(file);
    }

    @Override
    public void changed(Path file, JourneyMap onDisk) {
        if (!file.equals(editor.getFile().orElse(null))) {
            return; // told late, about a document no longer open
        }
        if (!editor.isDirty()) {
            editor.reload(onDisk, Messages.get("undo.reloadFromDisk"));
            hideBar();
            status.accept(Messages.get("disk.reloaded", DocumentFiles.name(file)));
            return;
        }
        pending = onDisk;
        watch.markChanged();
        showBar(Messages.get("disk.changedWithUnsavedChanges", DocumentFiles.name(file)), reload, compare, keepMine);
    }

    @Override
    public void missing(Path file) {
        if (!file.equals(editor.getFile().orElse(null))) {
            return;
        }
        editor.markUnsaved();
        status.accept(Messages.get("disk.missing.status", DocumentFiles.name(file)));
        showBar(Messages.get("disk.missing", DocumentFiles.name(file)), dismiss);
    }

    @Override
    public void unreadable(Path file, String why) {
        if (!file.equals(editor.getFile().orElse(null))) {
            return;
        }
        watch.markChanged();
        showBar(Messages.get("disk.unreadable", DocumentFiles.name(file), why), dismiss);
    }

    private void reloadPending() {
        if (pending != null) {
            editor.reload(pending, Messages.get("undo.reloadFromDisk"));
            status.accept(Messages.get(
                    "disk.reloaded", editor.getFile().map(DocumentFiles::name).orElse("")));
        }
        hideBar();
    }

    private void keepMine() {
        if (pending != null) {
            watch.acknowledge(pending);
        }
        hideBar();
        status.accept(Messages.get("disk.keptMine"));
    }

    private void showBar(String text, Button... actions) {
        message.setText(text);
        for (Button action : actions) {
            // the message wraps; the buttons keep their whole names
            action.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.getChildren().setAll(message);
        bar.getChildren().addAll(actions);
        if (bar.getParent() == null) {
            barHost.getChildren().add(0, bar);
        }
    }

    private void hideBar() {
        pending = null;
        barHost.getChildren().remove(bar);
    }

    @Override
    public void close() {
        watch.close();
    }
}
