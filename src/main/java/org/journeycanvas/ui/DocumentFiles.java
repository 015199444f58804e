package org.journeycanvas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.MapFormat;
import org.journeycanvas.io.PictureCheck;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.templates.TemplateException;

/**
 * New, Open, Save and Save As for the open document, with the unsaved-changes question before anything would
 * replace it. Reading and writing run off the UI thread, on the window's read and save workers (so an export
 * under way never delays a save); a file that cannot be read leaves the current map open, and a failed save
 * leaves the map unsaved and says why.
 */
public final class DocumentFiles {
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final Consumer<String> status;
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final WindowWorkers workers;
    private final TemplateCatalog templates;
    private final OpenFileWatch watch;

    public DocumentFiles(
            EditorViewModel editor,
            DialogService dialogs,
            AppSettings settings,
            WindowWorkers workers,
            TemplateCatalog templates,
            Consumer<String> status) {
        this(editor, dialogs, settings, workers, templates, status, OpenFileWatch.NONE);
    }

    DocumentFiles(
            EditorViewModel editor,
            DialogService dialogs,
            AppSettings settings,
            WindowWorkers workers,
            TemplateCatalog templates,
            Consumer<String> status,
            OpenFileWatch watch) {
        this.watch = watch;
        this.editor = editor;
        this.templates = templates;
        this.dialogs = dialogs;
        this.settings = settings;
        this.workers = workers;
        this.status = status;
        recentFiles.setAll(settings.get().recentFiles());
    }

    /** Recently opened or saved maps, newest first. */
    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    /** A new map from the blank template. */
    public void newMap() {
        whenChangesAreSafe(() -> startFrom(BundledTemplate.BLANK.id()));
    }

    /** A new, untitled map from a template the user picks. */
    public void newFromTemplate() {
        whenChangesAreSafe(() -> dialogs.chooseTemplate(templates).ifPresent(template -> startFrom(template.id())));
    }

    /** Saves the current map as one of the user's templates, listed after the bundled ones. */
    public void saveAsTemplate() {
        JourneyMap map = editor.getMap();
        dialogs.askTemplateName(map.title()).ifPresent(name -> {
            Task<Template> saving = new Task<>() {
                @Override
                protected Template call() throws TemplateException {
                    return templates.save(map, name);
                }
            };
            saving.setOnSucceeded(event -> status.accept(
                    Messages.get("status.savedAsTemplate", saving.getValue().name())));
            saving.setOnFailed(
                    event -> dialogs.showError(Messages.get("error.saveTemplate"), describe(saving.getException())));
            workers.saves().execute(saving);
        });
    }

    private void startFrom(String templateId) {
        try {
            editor.open(templates.newMap(templateId, new IdGenerator()), null);
            status.accept(Messages.get("status.newMap"));
        } catch (TemplateException e) {
            dialogs.showError(Messages.get("error.startFromTemplate"), e.getMessage());
        }
    }

    /**
     * Makes a map an import built the open document, unsaved and without a file, once the unsaved-changes
     * question is answered; {@code done} then says so in the status bar.
     */
    public void openImported(JourneyMap imported, String done) {
        whenChangesAreSafe(() -> {
            editor.openUnsaved(imported, null);
            status.accept(done);
        });
    }

    public void open() {
        whenChangesAreSafe(() -> dialogs.chooseMapToOpen(lastFolder()).ifPresent(this::read));
    }

    /** Opens a map file (from Open Recent, the command line, or a file dropped on the window). */
    public void open(Path file) {
        whenChangesAreSafe(() -> read(file));
    }

    public void save() {
        save(() -> {});
    }

    public void saveAs() {
        saveAs(() -> {});
    }

    /** Writes a copy of the map elsewhere, leaving the document's own file and unsaved state as they are. */
    public void saveCopy() {
        JourneyMap map = editor.getMap();
        dialogs.chooseWhereToSave(suggestedName(map), lastFolder()).ifPresent(file -> {
            Task<Void> writing = new Task<>() {
                @Override
                protected Void call() throws MapFileException {
                    new MapFileWriter().write(map, file);
                    return null;
                }
            };
            writing.setOnSucceeded(event -> status.accept(Messages.get("status.savedCopy", name(file))));
            writing.setOnFailed(
                    event -> dialogs.showError(Messages.get("error.saveCopy"), describe(writing.getException())));
            workers.saves().execute(writing);
        });
    }

    /** Asks about unsaved changes, then runs {@code close} unless the user cancels. */
    public void close(Runnable close) {
        whenChangesAreSafe(close);
    }

    private void save(Runnable then) {
        Path file = editor.getFile().orElse(null);
        if (file == null) {
            saveAs(then);
        } else {
            write(file, then);
        }
    }

    private void saveAs(Runnable then) {
        String suggested =
                editor.getFile().map(path -> path.getFileName().toString()).orElse(suggestedName(editor.getMap()));
        dialogs.chooseWhereToSave(suggested, lastFolder()).ifPresent(file -> write(file, then));
    }

    private void whenChangesAreSafe(Runnable next) {
        if (!editor.isDirty()) {
            next.run();
            return;
        }
        String name =
                editor.getFile().map(path -> path.getFileName().toString()).orElse(Messages.get("window.untitled"));
        switch (dialogs.askToSaveChanges(name)) {
            case SAVE -> save(next);
            case DONT_SAVE -> next.run();
            case CANCEL -> {}
        }
    }

    private void read(Path file) {
        status.accept(Messages.get("status.opening", name(file)));
        Task<JourneyMap> reading = new Task<>() {
            @Override
            protected JourneyMap call() throws MapFileException {
                return new MapFileReader().read(file);
            }
        };
        reading.setOnSucceeded(event -> {
            editor.open(reading.getValue(), file);
            watch.watch(file, reading.getValue());
            remember(file);
            status.accept(Messages.get("status.opened", name(file)));
            tellUnreadablePictures(reading.getValue(), file);
        });
        reading.setOnFailed(event -> {
            status.accept(Messages.get("status.openFailed", name(file)));
            dialogs.showError(Messages.get("error.open", name(file)), describe(reading.getException()));
        });
        workers.reads().execute(reading);
    }

    private void write(Path file, Runnable then) {
        if (watch.changedSince(file)
                && !dialogs.askToConfirm(
                        Messages.get("disk.saveOver.header", name(file)),
                        Messages.get("disk.saveOver.message"),
                        Messages.get("disk.saveOver.action"))) {
            status.accept(Messages.get("status.notSaved"));
            return;
        }
        JourneyMap map = editor.getMap();
        long revision = editor.revision();
        watch.pauseForSave();
        status.accept(Messages.get("status.saving", name(file)));
        Task<Void> writing = new Task<>() {
            @Override
            protected Void call() throws MapFileException {
                new MapFileWriter().write(map, file);
                return null;
            }
        };
        writing.setOnSucceeded(event -> {
            watch.saved(file, map);
            editor.saved(file, revision);
            remember(file);
            status.accept(Messages.get("status.saved", name(file)));
            then.run();
        });
        writing.setOnFailed(event -> {
            watch.resume();
            status.accept(Messages.get("status.notSaved"));
            dialogs.showError(Messages.get("error.save", name(file)), describe(writing.getException()));
        });
        workers.saves().execute(writing);
    }

    /** Says once which photos and pictures of a map just opened cannot be shown (they are drawn as placeholders). */
    private void tellUnreadablePictures(JourneyMap map, Path file) {
        Task<List<String>> checking = new Task<>() {
            @Override
            protected List<String> call() {
                return PictureCheck.unreadableNames(map);
            }
        };
        checking.setOnSucceeded(event -> {
            if (!checking.getValue().isEmpty()) {
                dialogs.showInformation(
                        Messages.get("picture.unreadable.header", name(file)),
                        Messages.get("picture.unreadable.message", String.join("\n", checking.getValue())));
            }
        });
        workers.reads().execute(checking);
    }

    private void remember(Path file) {
        settings.update(current -> current.withRecentFile(file.toAbsolutePath().toString()));
        recentFiles.setAll(settings.get().recentFiles());
    }

    private Path lastFolder() {
        return recentFiles.isEmpty() ? null : Path.of(recentFiles.get(0)).getParent();
    }

    private static String describe(Throwable failure) {
        return failure instanceof MapFileException || failure instanceof TemplateException
                ? failure.getMessage()
                : Messages.get("error.unexpected", String.valueOf(failure));
    }

    private static String suggestedName(JourneyMap map) {
        return baseName(map) + MapFormat.FILE_EXTENSION;
    }

    /** A file name (without extension) from the map's title, with what file systems refuse replaced. */
    static String baseName(JourneyMap map) {
        String title = FileNames.cleaned(map.title());
        return title.isEmpty() ? Messages.get("file.untitledJourney") : title;
    }

    /** A file's name, for a message. */
    static String name(Path file) {
        return String.valueOf(file.getFileName());
    }
}
