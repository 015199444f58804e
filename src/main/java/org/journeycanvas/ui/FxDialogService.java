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
    private static final FileChooser.ExtensionFilter MAPS =
            new FileChooser.ExtensionFilter("Journey maps (*" + MapFormat.FILE_EXTENSION + ")",
                    "*" + MapFormat.FILE_EXTENSION);

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
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogService::withExtension);
    }

    @Override
    public SaveChoice askToSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, dontSave, cancel);
        alert.initOwner(owner);
        alert.setTitle("Journey Canvas");
        alert.setHeaderText("Save changes to " + documentName + "?");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Template> chooseTemplate(TemplateCatalog catalog) {
        Dialog<Template> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New from Template");
        dialog.setHeaderText("Start a new map from a template");
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(
                FxDialogService.class.getResource("MainView.css").toExternalForm());
        TemplateChooser chooser = new TemplateChooser(catalog, AppTheme.current().mapTheme(), template -> {
            dialog.setResult(template);
            dialog.close();
        }, message -> showError("Cannot remove the template", message));
        dialog.getDialogPane().setContent(chooser);
        dialog.getDialogPane().setPrefSize(1080, 720);
        dialog.getDialogPane().setMinWidth(1080);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == create ? chooser.selectedTemplate().orElse(null) : null);
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
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label() + " (*."
                + format.extension() + ")", "*." + format.extension()));
        chooser.setInitialFileName(suggestedName);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(file -> {
            String name = file.getFileName().toString();
            return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension()) ? file
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
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType saveElsewhere = new ButtonType("Save Elsewhere…", ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, saveElsewhere, discard, later);
        alert.initOwner(owner);
        alert.setTitle("Journey Canvas");
        alert.setHeaderText("Recover unsaved work?");
        String title = entry.title().isBlank() ? "An untitled map" : "“" + entry.title() + "”";
        alert.setContentText(title + " had unsaved changes when Journey Canvas stopped, last kept at "
                + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                .format(entry.savedAt().atZone(java.time.ZoneId.systemDefault()))
                + (entry.originalFile().isEmpty() ? "." : ". It belongs to " + entry.originalFile() + "."));
        alert.getDialogPane().lookupButton(restore).setDisable(!canRestore);
        alert.getDialogPane().setMinWidth(620);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? RecoveryChoice.RESTORE : answer == saveElsewhere ? RecoveryChoice.SAVE_ELSEWHERE
                : answer == discard ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    @Override
    public boolean askToSaveACopyAfterError() {
        ButtonType save = new ButtonType("Save a Copy…", ButtonBar.ButtonData.YES);
        ButtonType carryOn = new ButtonType("Continue", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Your map is safe: a recovery copy has been kept. "
                + "You can save a copy now and carry on. Details are in the log.", save, carryOn);
        alert.initOwner(owner);
        alert.setTitle("Journey Canvas");
        alert.setHeaderText("Something went wrong");
        return alert.showAndWait().orElse(carryOn) == save;
    }

    @Override
    public Optional<Path> choosePhoto() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a photo");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images (PNG, JPEG)", "*.png", "*.jpg",
                "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Journey Canvas");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
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

    @Override
    public void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Journey Canvas");
        about.setHeaderText("Journey Canvas");
        about.setContentText("An offline editor for customer-journey maps.");
        about.showAndWait();
    }
}
