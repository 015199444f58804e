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
import org.journeycanvas.io.MapFormat;
import org.journeycanvas.io.RecoveryStore;
import org.journeycanvas.model.Persona;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final FileChooser.ExtensionFilter MAPS = new FileChooser.ExtensionFilter(
            "Journey maps (*" + MapFormat.FILE_EXTENSION + ")", "*" + MapFormat.FILE_EXTENSION);

    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    private static final ButtonType SAVE_ELSEWHERE = new ButtonType("Save Elsewhere…", ButtonBar.ButtonData.OTHER);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final ButtonType LATER = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final ButtonType SAVE_A_COPY = new ButtonType("Save a Copy…", ButtonBar.ButtonData.YES);
    private static final ButtonType CONTINUE = new ButtonType("Continue", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseMapToOpen(Path initialFolder) {
        FileChooser chooser = chooser("Open map", initialFolder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWhereToSave(String suggestedName, Path initialFolder) {
        FileChooser chooser = chooser("Save map", initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner))
                .map(File::toPath)
                .map(FxDialogService::withExtension);
    }

    @Override
    public SaveChoice askToSaveChanges(String documentName) {
        ButtonType answer = saveChangesAlert(documentName).showAndWait().orElse(CANCEL);
        return answer == SAVE ? SaveChoice.SAVE : answer == DONT_SAVE ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    /** The question before unsaved changes would be lost, not yet shown. */
    Alert saveChangesAlert(String documentName) {
        return alert(
                Alert.AlertType.CONFIRMATION,
                "Save changes to " + documentName + "?",
                "Your changes will be lost if you don't save them.",
                0,
                SAVE,
                DONT_SAVE,
                CANCEL);
    }

    @Override
    public Optional<Template> chooseTemplate(TemplateCatalog catalog) {
        Dialog<Template> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New from Template");
        dialog.setHeaderText("Start a new map from a template");
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
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
                message -> showError("Cannot remove the template", message));
        dialog.getDialogPane().setContent(chooser);
        dialog.getDialogPane().setPrefSize(1080, 720);
        dialog.getDialogPane().setMinWidth(1080);
        dialog.setResizable(true);
        dialog.setResultConverter(
                button -> button == create ? chooser.selectedTemplate().orElse(null) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askTemplateName(String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.initOwner(owner);
        dialog.setTitle("Save as Template");
        dialog.setHeaderText("Save this map as a template");
        dialog.setContentText("Template name:");
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    @Override
    public Optional<ExportRequest> askExport(ExportRequest last, List<Persona> personas) {
        return new ExportDialog(owner, last, personas).showAndWait();
    }

    @Override
    public Optional<Path> chooseExportTarget(String suggestedName, ExportFormat format, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format.label());
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        format.label() + " (*." + format.extension() + ")", "*." + format.extension()));
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
        Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CANCEL);
        dialog.initOwner(owner);
        dialog.setTitle("Journey Canvas");
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
        ButtonType answer = recoveryAlert(entry, canRestore).showAndWait().orElse(LATER);
        return answer == RESTORE
                ? RecoveryChoice.RESTORE
                : answer == SAVE_ELSEWHERE
                        ? RecoveryChoice.SAVE_ELSEWHERE
                        : answer == DISCARD ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    /** The recovery question, not yet shown. */
    Alert recoveryAlert(RecoveryStore.Entry entry, boolean canRestore) {
        String title = entry.title().isBlank() ? "An untitled map" : "“" + entry.title() + "”";
        Alert alert = alert(
                Alert.AlertType.CONFIRMATION,
                "Recover unsaved work?",
                title + " had unsaved changes when Journey Canvas stopped, last kept at "
                        + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                                .format(entry.savedAt().atZone(java.time.ZoneId.systemDefault()))
                        + (entry.originalFile().isEmpty() ? "." : ". It belongs to " + entry.originalFile() + "."),
                620,
                RESTORE,
                SAVE_ELSEWHERE,
                DISCARD,
                LATER);
        alert.getDialogPane().lookupButton(RESTORE).setDisable(!canRestore);
        return alert;
    }

    @Override
    public boolean askToSaveACopyAfterError() {
        return saveACopyAlert().showAndWait().orElse(CONTINUE) == SAVE_A_COPY;
    }

    /** The offer to save a copy after an unexpected error, not yet shown. */
    Alert saveACopyAlert() {
        return alert(
                Alert.AlertType.WARNING,
                "Something went wrong",
                "Your map is safe: a recovery copy has "
                        + "been kept. You can save a copy now and carry on. Details are in the log.",
                0,
                SAVE_A_COPY,
                CONTINUE);
    }

    @Override
    public Optional<Path> choosePhoto() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a photo");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        "Images (PNG, JPEG)", "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public void showError(String header, String message) {
        alert(Alert.AlertType.ERROR, header, message, 520, ButtonType.OK).showAndWait();
    }

    @Override
    public void showAbout() {
        alert(
                        Alert.AlertType.INFORMATION,
                        "Journey Canvas",
                        "An offline editor for customer-journey maps.",
                        0,
                        ButtonType.OK)
                .showAndWait();
    }

    /** A message with its answers as buttons, at least {@code minWidth} wide and wide enough for every button. */
    private Alert alert(Alert.AlertType type, String header, String content, double minWidth, ButtonType... answers) {
        Alert alert = new Alert(type, content, answers);
        alert.initOwner(owner);
        alert.setTitle("Journey Canvas");
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
        chooser.getExtensionFilters().add(MAPS);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + MapFormat.FILE_EXTENSION);
    }
}
