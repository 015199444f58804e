package org.journeycanvas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.model.JourneyMap;

/** The main window: menu bar, the canvas area and the status bar. */
public final class MainView {
    private static final String APP_NAME = "Journey Canvas";

    @FXML
    private BorderPane root;
    @FXML
    private Label placeholder;
    @FXML
    private Label statusLabel;

    private Stage stage;

    public static MainView load(Stage stage) {
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's FXML is missing or broken", e);
        }
        MainView view = loader.getController();
        view.stage = stage;
        stage.setTitle("Untitled — " + APP_NAME);
        return view;
    }

    public BorderPane root() {
        return root;
    }

    /** Opens a map file off the UI thread; a bad file is reported and the current map stays. */
    public void open(Path file) {
        statusLabel.setText("Opening " + file.getFileName() + "…");
        Task<JourneyMap> reading = new Task<>() {
            @Override
            protected JourneyMap call() throws MapFileException {
                return new MapFileReader().read(file);
            }
        };
        reading.setOnSucceeded(event -> show(file, reading.getValue()));
        reading.setOnFailed(event -> {
            statusLabel.setText("Could not open " + file.getFileName());
            Throwable failure = reading.getException();
            showError("Cannot open " + file.getFileName(), failure instanceof MapFileException
                    ? failure.getMessage()
                    : "Unexpected error: " + failure);
        });
        Thread thread = new Thread(reading, "open " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void show(Path file, JourneyMap map) {
        stage.setTitle(file.getFileName() + " — " + APP_NAME);
        placeholder.setText(map.title().isBlank() ? "(untitled map)" : map.title());
        statusLabel.setText(map.stages().size() + " stages · " + map.personas().size() + " personas · "
                + map.cardCount() + " cards");
    }

    @FXML
    private void onOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open map");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Journey maps", "*.journey"));
        var file = chooser.showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    @FXML
    private void onQuit() {
        Platform.exit();
    }

    @FXML
    private void onAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About " + APP_NAME);
        about.setHeaderText(APP_NAME);
        about.setContentText("An offline editor for customer-journey maps.");
        about.showAndWait();
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(APP_NAME);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.show();
    }
}
