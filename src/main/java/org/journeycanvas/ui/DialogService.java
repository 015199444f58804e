package org.journeycanvas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.io.RecoveryStore;
import org.journeycanvas.model.Persona;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;

/** Dialogs and file choosers, behind an interface so that tests can answer them. */
public interface DialogService {
    /** The answer to "Save changes before closing?". */
    enum SaveChoice {
        SAVE,
        DONT_SAVE,
        CANCEL
    }

    Optional<Path> chooseMapToOpen(Path initialFolder);

    Optional<Path> chooseWhereToSave(String suggestedName, Path initialFolder);

    SaveChoice askToSaveChanges(String documentName);

    /** The template a new map starts from, chosen from the catalog's tiles. */
    Optional<Template> chooseTemplate(TemplateCatalog catalog);

    /** The name to save the current map under as a template. */
    Optional<String> askTemplateName(String suggested);

    /** What to export, starting from the last choices; empty when the user cancels. */
    Optional<ExportRequest> askExport(ExportRequest last, List<Persona> personas);

    /** Where to write an export. */
    Optional<Path> chooseExportTarget(String suggestedName, ExportFormat format, Path initialFolder);

    /** Whether to replace files an export would write over, beside the one chosen (one SVG per persona). */
    boolean askToReplace(List<String> fileNames);

    /** Shows a long operation's progress with a Cancel button; the handle updates and closes it. */
    ProgressHandle showProgress(String title, Runnable onCancel);

    /** An open progress display. */
    interface ProgressHandle {
        void update(double fraction);

        void close();
    }

    /** What to do with a map recovered after a crash. */
    enum RecoveryChoice {
        RESTORE,
        SAVE_ELSEWHERE,
        DISCARD,
        LATER
    }

    /** Offers a recovered map; {@code canRestore} is false when another one was restored into this window. */
    RecoveryChoice askRecovery(RecoveryStore.Entry entry, boolean canRestore);

    /** After an unexpected error: says the map is safe; true when the user wants to save a copy now. */
    boolean askToSaveACopyAfterError();

    /** A PNG or JPEG file for a persona's photo. */
    Optional<Path> choosePhoto();

    /** A PNG or JPEG file for a storyboard card's picture. */
    Optional<Path> choosePicture();

    /** A job on the system's printer, for File → Print…; empty when no printer is set up on this computer. */
    Optional<org.journeycanvas.ui.print.PrintTarget> printer();

    void showError(String header, String message);

    /** A message that is not an error, such as "the workbook has no changes to this map". */
    void showInformation(String header, String message);

    /** Whether to go on with something that removes what the user made; {@code action} names the button. */
    boolean askToConfirm(String header, String message, String action);

    /** A table (.xlsx, .xls, .csv, .tsv) or a Mermaid journey (.mmd) to import, for File → Import…. */
    Optional<Path> chooseFileToImport(Path initialFolder);

    /** Where an import goes: a map of its own, or into the open one. */
    enum ImportTarget {
        NEW_MAP,
        THIS_MAP
    }

    /** Where the map read from {@code fileName} should go; empty when the user cancels. */
    Optional<ImportTarget> askWhereToImport(String fileName);

    /** Help → About: what the app is and which version runs. */
    void showAbout();
}
