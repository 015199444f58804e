package org.journeycanvas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.journeycanvas.export.ExportFormat;
import org.journeycanvas.export.ExportRequest;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.MapFormat;
import org.journeycanvas.io.RecoveryStore;
import org.journeycanvas.model.Persona;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    /** The product's name, the same in every language. */
    private static final String APP_NAME = "Journey Canvas";

    // The answers are made with the dialogs, in the language spoken then.
    private final ButtonType save = answer("dialog.button.save", ButtonBar.ButtonData.YES);
    private final ButtonType dontSave = answer("dialog.button.dontSave", ButtonBar.ButtonData.NO);
    private final ButtonType cancel = answer("dialog.button.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    private final ButtonType restore = answer("dialog.button.restore", ButtonBar.ButtonData.YES);
    private final ButtonType saveElsewhere = answer("dialog.button.saveElsewhere", ButtonBar.ButtonData.OTHER);
    private final ButtonType discard = answer("dialog.button.discard", ButtonBar.ButtonData.NO);
    private final ButtonType later = answer("dialog.button.later", ButtonBar.ButtonData.CANCEL_CLOSE);
    private final ButtonType saveACopy = answer("dialog.button.saveACopy", ButtonBar.ButtonData.YES);
    private final ButtonType carryOn = answer("dialog.button.continue", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseMapToOpen(Path initialFolder) {
        FileChooser chooser = chooser(Messages.get("dialog.openMap.title"), initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWhereToSave(String suggestedName, Path initialFolder) {
        FileChooser chooser = chooser(Messages.get("dialog.saveMap.title"), initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner))
                .map(File::toPath)
                .map(FxDialogService::withExtension);
    }

    @Override
    public SaveChoice askToSaveChanges(String documentName) {
        ButtonType answer = saveChangesAlert(documentName).showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    /** The question before unsaved changes would be lost, not yet shown. */
    Alert saveChangesAlert(String documentName) {
        return alert(
                Alert.AlertType.CONFIRMATION,
                Messages.get("dialog.unsavedChanges.header", documentName),
                Messages.get("dialog.unsavedChanges.content"),
                0,
                save,
                dontSave,
                cancel);
    }

    @Override
    public Optional<Template> chooseTemplate(TemplateCatalog catalog) {
        return templateDialog(catalog).showAndWait();
    }

    /** File → New from Template's dialog, not yet shown. */
    Dialog<Template> templateDialog(TemplateCatalog catalog) {
        Dialog<Template> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("dialog.newFromTemplate.title"));
        dialog.setHeaderText(Messages.get("dialog.newFromTemplate.header"));
        ButtonType create = answer("dialog.newFromTemplate.create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, cancel);
        dialog.getDialogPane()
                .getStylesheets()
                .add(FxDialogService.class.getResource("MainView.css").toExternalForm());
        TemplateChooser chooser = new TemplateChooser(
                catalog,
                AppTheme.current().mapTheme(),
                template -> {
                    dialog.setResult(template);
                    dialog.close();
                },
                message -> showError(Messages.get("error.removeTemplate"), message));
        dialog.getDialogPane().setContent(chooser);
        dialog.getDialogPane().setPrefSize(1080, 720);
        dialog.getDialogPane().setMinWidth(1080);
        dialog.setResizable(true);
        dialog.setResultConverter(
                button -> button == create ? chooser.selectedTemplate().orElse(null) : null);
        return dialog;
    }

    @Override
    public Optional<String> askTemplateName(String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("dialog.saveAsTemplate.title"));
        dialog.setHeaderText(Messages.get("dialog.saveAsTemplate.header"));
        dialog.setContentText(Messages.get("dialog.saveAsTemplate.name"));
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    @Override
    public Optional<ExportRequest> askExport(ExportRequest last, List<Persona> personas) {
        return new ExportDialog(owner, last, personas).showAndWait();
    }

    @Override
    public Optional<Path> chooseExportTarget(String suggestedName, ExportFormat format, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.exportTarget.title", format.label()));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.get("file.filter.format", format.label(), format.extension()),
                        "*." + format.extension()));
        chooser.setInitialFileName(suggestedName);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner))
                .map(File::toPath)
                .map(file -> {
                    String name = file.getFileName().toString();
                    return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())
                            ? file
                            : file.resolveSibling(name + "." + format.extension());
                });
    }

    @Override
    public ProgressHandle showProgress(String title, Runnable onCancel) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(360);
        bar.setId("exportProgress");
        Alert dialog = new Alert(Alert.AlertType.NONE, null, cancel);
        dialog.initOwner(owner);
        dialog.setTitle(APP_NAME);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(bar);
        dialog.setOnCloseRequest(event -> onCancel.run());
        dialog.show();
        return new ProgressHandle() {
            @Override
            public void update(double fraction) {
                bar.setProgress(fraction);
            }

            @Override
            public void close() {
                dialog.setOnCloseRequest(null);
                dialog.close();
            }
        };
    }

    @Override
    public RecoveryChoice askRecovery(RecoveryStore.Entry entry, boolean canRestore) {
        ButtonType answer = recoveryAlert(entry, canRestore).showAndWait().orElse(later);
        return answer == restore
                ? RecoveryChoice.RESTORE
                : answer == saveElsewhere
                        ? RecoveryChoice.SAVE_ELSEWHERE
                        : answer == discard ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    /** The recovery question, not yet shown. */
    Alert recoveryAlert(RecoveryStore.Entry entry, boolean canRestore) {
        String title = entry.title().isBlank()
                ? Messages.get("dialog.recovery.untitled")
                : Messages.get("dialog.recovery.titled", entry.title());
        String savedAt = java.time.format.DateTimeFormatter.ofPattern(
                        Messages.get("dialog.recovery.dateFormat"), Messages.language())
                .format(entry.savedAt().atZone(java.time.ZoneId.systemDefault()));
        Alert alert = alert(
                Alert.AlertType.CONFIRMATION,
                Messages.get("dialog.recovery.header"),
                entry.originalFile().isEmpty()
                        ? Messages.get("dialog.recovery.content", title, savedAt)
                        : Messages.get("dialog.recovery.contentWithFile", title, savedAt, entry.originalFile()),
                620,
                restore,
                saveElsewhere,
                discard,
                later);
        alert.getDialogPane().lookupButton(restore).setDisable(!canRestore);
        return alert;
    }

    @Override
    public boolean askToReplace(List<String> fileNames) {
        ButtonType replace = answer("dialog.button.replace", ButtonBar.ButtonData.YES);
        ButtonType cancel = answer("dialog.button.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(
                                Alert.AlertType.CONFIRMATION,
                                Messages.plural("dialog.replace.header", fileNames.size()),
                                String.join("\n", fileNames),
                                0,
                                replace,
                                cancel)
                        .showAndWait()
                        .orElse(cancel)
                == replace;
    }

    @Override
    public boolean askToSaveACopyAfterError() {
        return saveACopyAlert().showAndWait().orElse(carryOn) == saveACopy;
    }

    /** The offer to save a copy after an unexpected error, not yet shown. */
    Alert saveACopyAlert() {
        return alert(
                Alert.AlertType.WARNING,
                Messages.get("dialog.crash.header"),
                Messages.get("dialog.crash.content"),
                0,
                saveACopy,
                carryOn);
    }

    @Override
    public Optional<Path> choosePhoto() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.photo.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.get("dialog.photo.filter"), "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.choosePicture.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.get("dialog.choosePicture.filter"),
                        "*.png",
                        "*.jpg",
                        "*.jpeg",
                        "*.PNG",
                        "*.JPG",
                        "*.JPEG"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<org.journeycanvas.ui.print.PrintTarget> printer() {
        return org.journeycanvas.ui.print.FxPrintTarget.create();
    }

    @Override
    public void showError(String header, String message) {
        alert(Alert.AlertType.ERROR, header, message, 520, ButtonType.OK).showAndWait();
    }

    @Override
    public void showInformation(String header, String message) {
        alert(Alert.AlertType.INFORMATION, header, message, 520, ButtonType.OK).showAndWait();
    }

    @Override
    public boolean askToConfirm(String header, String message, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.YES);
        return alert(Alert.AlertType.CONFIRMATION, header, message, 0, go, cancel)
                        .showAndWait()
                        .orElse(cancel)
                == go;
    }

    @Override
    public Optional<Path> chooseFileToImport(Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.ui.chooser.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                Messages.get("import.ui.chooser.all"),
                                "*.xlsx",
                                "*.xls",
                                "*.csv",
                                "*.tsv",
                                "*.mmd",
                                "*.mermaid",
                                "*.XLSX",
                                "*.XLS",
                                "*.CSV",
                                "*.TSV"),
                        new FileChooser.ExtensionFilter(
                                Messages.get("import.ui.chooser.tables"),
                                "*.xlsx",
                                "*.xls",
                                "*.csv",
                                "*.tsv",
                                "*.XLSX",
                                "*.XLS",
                                "*.CSV",
                                "*.TSV"),
                        new FileChooser.ExtensionFilter(
                                Messages.get("import.ui.chooser.mermaid"), "*.mmd", "*.mermaid", "*.MMD"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ImportTarget> askWhereToImport(String fileName) {
        ButtonType newMap = answer("import.ui.target.new", ButtonBar.ButtonData.YES);
        ButtonType thisMap = answer("import.ui.target.add", ButtonBar.ButtonData.NO);
        ButtonType answer = alert(
                        Alert.AlertType.CONFIRMATION,
                        Messages.get("import.ui.where.header", fileName),
                        Messages.get("import.ui.where.content"),
                        0,
                        newMap,
                        thisMap,
                        cancel)
                .showAndWait()
                .orElse(cancel);
        return answer == newMap
                ? Optional.of(ImportTarget.NEW_MAP)
                : answer == thisMap ? Optional.of(ImportTarget.THIS_MAP) : Optional.empty();
    }

    @Override
    public void showAbout() {
        alert(Alert.AlertType.INFORMATION, APP_NAME, Messages.get("dialog.about.content"), 0, ButtonType.OK)
                .showAndWait();
    }

    /** A message with its answers as buttons, at least {@code minWidth} wide and wide enough for every button. */
    private Alert alert(Alert.AlertType type, String header, String content, double minWidth, ButtonType... answers) {
        Alert alert = new Alert(type, content, answers);
        alert.initOwner(owner);
        alert.setTitle(APP_NAME);
        alert.setHeaderText(header);
        DialogPane pane = alert.getDialogPane();
        // The window opens at the pane's size, but a button bar knows its width (each button as wide as the
        // widest) only once laid out: before, the window opened narrower and the bar elided "Save Elsewh...".
        pane.applyCss();
        pane.layout();
        pane.setMinWidth(Math.max(minWidth, pane.prefWidth(-1)));
        return alert;
    }

    private static FileChooser chooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.get("dialog.mapFilter", MapFormat.FILE_EXTENSION), "*" + MapFormat.FILE_EXTENSION));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    private static ButtonType answer(String key, ButtonBar.ButtonData data) {
        return new ButtonType(Messages.get(key), data);
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + MapFormat.FILE_EXTENSION);
    }
}
