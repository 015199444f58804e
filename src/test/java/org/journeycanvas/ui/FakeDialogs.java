package org.journeycanvas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the app's dialogs as a test tells it to, and remembers the errors shown. */
public final class FakeDialogs implements DialogService {
    int aboutShown;
    public Path openAnswer;
    public Path saveAnswer;
    public Path photoAnswer;
    public Path pictureAnswer;
    public String templateAnswer;
    public String templateNameAnswer;
    public org.journeycanvas.export.ExportRequest exportAnswer;
    public org.journeycanvas.export.ExportRequest exportOffered;
    public Path exportTargetAnswer;
    public final List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    public volatile boolean progressClosed;
    public volatile Runnable cancelExport;
    public final List<RecoveryChoice> recoveryAnswers = new ArrayList<>();
    public final List<String> recoveryOffered = new ArrayList<>();
    public boolean replaceAnswer = true;
    public List<String> replaceOffered;
    public boolean saveACopyAnswer;
    public int errorReports;
    public SaveChoice saveChangesAnswer = SaveChoice.CANCEL;
    public final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    public int saveChangesQuestions;
    public org.journeycanvas.ui.print.PrintTarget printerAnswer;
    public Path importAnswer;
    public ImportTarget importTargetAnswer;
    public final List<String> informations = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** Presses a progress display's Cancel as soon as it shows, before the work it follows has started. */
    public boolean cancelProgressAtOnce;

    @Override
    public Optional<Path> chooseMapToOpen(Path initialFolder) {
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public Optional<Path> chooseWhereToSave(String suggestedName, Path initialFolder) {
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public SaveChoice askToSaveChanges(String documentName) {
        saveChangesQuestions++;
        return saveChangesAnswer;
    }

    @Override
    public Optional<org.journeycanvas.templates.Template> chooseTemplate(
            org.journeycanvas.templates.TemplateCatalog catalog) {
        return templateAnswer == null ? Optional.empty() : catalog.find(templateAnswer);
    }

    @Override
    public Optional<String> askTemplateName(String suggested) {
        return Optional.ofNullable(templateNameAnswer);
    }

    @Override
    public Optional<org.journeycanvas.export.ExportRequest> askExport(
            org.journeycanvas.export.ExportRequest last, List<org.journeycanvas.model.Persona> personas) {
        exportOffered = last;
        return Optional.ofNullable(exportAnswer);
    }

    @Override
    public Optional<Path> chooseExportTarget(
            String suggestedName, org.journeycanvas.export.ExportFormat format, Path initialFolder) {
        return Optional.ofNullable(exportTargetAnswer);
    }

    @Override
    public ProgressHandle showProgress(String title, Runnable onCancel) {
        cancelExport = onCancel;
        progressClosed = false;
        if (cancelProgressAtOnce) {
            onCancel.run();
        }
        return new ProgressHandle() {
            @Override
            public void update(double fraction) {
                progress.add(fraction);
            }

            @Override
            public void close() {
                progressClosed = true;
            }
        };
    }

    @Override
    public RecoveryChoice askRecovery(org.journeycanvas.io.RecoveryStore.Entry entry, boolean canRestore) {
        recoveryOffered.add(entry.title());
        return recoveryAnswers.isEmpty() ? RecoveryChoice.LATER : recoveryAnswers.remove(0);
    }

    @Override
    public boolean askToReplace(List<String> fileNames) {
        replaceOffered = List.copyOf(fileNames);
        return replaceAnswer;
    }

    @Override
    public boolean askToSaveACopyAfterError() {
        errorReports++;
        return saveACopyAnswer;
    }

    @Override
    public Optional<Path> choosePhoto() {
        return Optional.ofNullable(photoAnswer);
    }

    @Override
    public Optional<Path> choosePicture() {
        return Optional.ofNullable(pictureAnswer);
    }

    @Override
    public Optional<org.journeycanvas.ui.print.PrintTarget> printer() {
        return Optional.ofNullable(printerAnswer);
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + ": " + message);
    }

    @Override
    public void showInformation(String header, String message) {
        informations.add(header + ": " + message);
    }

    @Override
    public boolean askToConfirm(String header, String message, String action) {
        confirmations.add(header);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToImport(Path initialFolder) {
        return Optional.ofNullable(importAnswer);
    }

    @Override
    public Optional<ImportTarget> askWhereToImport(String fileName) {
        return Optional.ofNullable(importTargetAnswer);
    }

    @Override
    public void showAbout() {
        aboutShown++;
    }
}
