package org.journeycanvas.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.journeycanvas.i18n.Messages;

/**
 * The main window's frame: its panes and the status bar, built in code because they are in the first frame (an
 * FXML loader costs more to start than these few nodes). The menus and tool bar (MainView.fxml), the palette's
 * items and the inspector join it once that frame is on screen.
 */
final class WindowFrame {
    final BorderPane root = new BorderPane();
    /** Where the menus and tool bar go; in place from the start, so that Tab still reaches them first. */
    final VBox top = new VBox();

    private final ScrollPane paletteScroll = new ScrollPane();
    /**
     * Holds the palette's place in the first frame, styled as the empty palette is: a scroll pane's skin is costly
     * to create, style and draw, and the palette is empty until the rest of the window is built.
     */
    private final Region palettePlace = new Region();

    final VBox centerBox = new VBox();
    final StackPane canvasHost = new StackPane();
    final StackPane inspectorHost = new StackPane();
    final Label statusLabel = new Label(Messages.get("status.ready"));
    final Label cardCountLabel = new Label();
    final Label fileStateLabel = new Label();
    final Label zoomLabel = new Label();

    WindowFrame() {
        root.setId("root");
        root.getStylesheets().add(WindowFrame.class.getResource("MainView.css").toExternalForm());
        paletteScroll.setId("paletteScroll");
        paletteScroll.setFitToWidth(true);
        paletteScroll.getStyleClass().add("palette-scroll");
        palettePlace.getStyleClass().add("palette-scroll");
        canvasHost.setId("canvasHost");
        canvasHost.getStyleClass().add("canvas-host");
        VBox.setVgrow(canvasHost, Priority.ALWAYS);
        centerBox.setId("centerBox");
        centerBox.getChildren().add(canvasHost);
        inspectorHost.setId("inspectorHost");
        // As wide as the inspector from the first frame on, so the map keeps its place when the inspector comes.
        inspectorHost.getStyleClass().add("inspector-host");
        root.setTop(top);
        root.setLeft(palettePlace);
        root.setCenter(centerBox);
        root.setRight(inspectorHost);
        root.setBottom(statusBar());
    }

    /** Shows the palette in its place, with its items. */
    void showPalette(Node palette) {
        paletteScroll.setContent(palette);
        root.setLeft(paletteScroll);
    }

    /**
     * Gives the keyboard focus to the tool bar's first button, as a window built at once does, unless it is
     * already elsewhere than on the canvas (the only control of the first frame).
     */
    void focusFirstControl(Node canvas) {
        // The tool bar's buttons join the scene with its skin.
        root.applyCss();
        Node focused = root.getScene().getFocusOwner();
        if (focused == null || focused == canvas) {
            top.lookup("#newButton").requestFocus();
        }
    }

    private HBox statusBar() {
        statusLabel.setId("statusLabel");
        cardCountLabel.setId("cardCountLabel");
        fileStateLabel.setId("fileStateLabel");
        zoomLabel.setId("zoomLabel");
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(statusLabel, gap, cardCountLabel, fileStateLabel, zoomLabel);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
