package org.journeycanvas.ui.comparison;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.PersonaComparison;
import org.journeycanvas.layout.PersonaScores;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.render.PersonaComparisonPainter;
import org.journeycanvas.ui.AppTheme;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.WindowWorkers;
import org.journeycanvas.ui.canvas.FxSurface;
import org.journeycanvas.ui.canvas.FxTextMeasurer;

/**
 * View → Compare Personas: every persona's emotion curve in one band, as-is or to-be, in a window of its own that
 * the main window owns. It follows the editor's map as it changes (an edit, an undo, another map opened), so a
 * facilitator can keep it beside the map; Export PNG… saves what it shows. With fewer than two personas it says so
 * instead of drawing a chart of one.
 */
public final class PersonaComparisonWindow {
    private static final double GAP = 8;

    private final Stage stage = new Stage();
    private final EditorViewModel editor;
    private final ComparisonExports exports;
    private final FxTextMeasurer measurer = new FxTextMeasurer();
    private final Canvas canvas = new Canvas();
    private final ScrollPane chartArea = new ScrollPane(canvas);
    private final Label message = new Label();
    private final StackPane center = new StackPane();
    private final ToggleButton asIs = new ToggleButton(Messages.get("comparison.asIs"));
    private final ToggleButton toBe = new ToggleButton(Messages.get("comparison.toBe"));
    private final Label hint = new Label();
    private final Button exportPng = new Button(Messages.get("comparison.exportPng"));
    private final ChangeListener<JourneyMap> follow = (obs, old, map) -> refresh();
    private PersonaComparison comparison;

    private PersonaComparisonWindow(
            Stage owner,
            EditorViewModel editor,
            DialogService dialogs,
            WindowWorkers workers,
            Consumer<String> status) {
        this.editor = editor;
        this.exports = new ComparisonExports(editor, dialogs, workers.exports(), status);
        stage.initOwner(owner);

        ToggleGroup curves = new ToggleGroup();
        asIs.setId("comparisonAsIs");
        toBe.setId("comparisonToBe");
        asIs.setToggleGroup(curves);
        toBe.setToggleGroup(curves);
        asIs.setSelected(true);
        // One of the two is always chosen: choosing the chosen one again keeps it.
        curves.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                old.setSelected(true);
            } else {
                refresh();
            }
        });
        hint.setId("comparisonHint");
        hint.setWrapText(true);
        exportPng.setId("comparisonExportPng");
        exportPng.setOnAction(event -> exports.exportPng(editor.getMap(), curve()));
        Button close = new Button(Messages.get("comparison.close"));
        close.setId("comparisonClose");
        close.setOnAction(event -> close());
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox.setHgrow(hint, Priority.SOMETIMES);
        HBox bar = new HBox(GAP, asIs, toBe, hint, spring, exportPng, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {asIs, toBe, exportPng, close}) {
            control.setMinWidth(Pane.USE_PREF_SIZE);
        }

        canvas.setId("comparisonCanvas");
        chartArea.setId("comparisonChart");
        chartArea.setFitToHeight(false);
        chartArea.viewportBoundsProperty().addListener((obs, old, bounds) -> {
            if (old == null || old.getWidth() != bounds.getWidth()) {
                paint();
            }
        });
        message.setId("comparisonMessage");
        message.setWrapText(true);
        message.setPadding(new Insets(24));
        center.setAlignment(Pos.TOP_LEFT);

        BorderPane root = new BorderPane(center);
        root.setTop(bar);
        root.setId("comparisonWindow");
        root.setUserData(this); // for tests, which find the window by its root
        Scene scene = new Scene(root, 1000, 420);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                close();
            }
        });
        stage.setScene(scene);
        refresh();
        // followed only once it shows the map, and no longer once it is closed
        editor.mapProperty().addListener(follow);
        stage.setOnHidden(event -> editor.mapProperty().removeListener(follow));
    }

    /**
     * Wires View → Compare Personas ({@code comparePersonasItem} in MainView.fxml): it opens the window, or brings
     * the open one to the front.
     */
    public static void attach(
            Menu viewMenu,
            Stage owner,
            EditorViewModel editor,
            DialogService dialogs,
            WindowWorkers workers,
            Consumer<String> status) {
        MenuItem item = org.journeycanvas.ui.MenuItems.byId(viewMenu, "comparePersonasItem");
        PersonaComparisonWindow[] open = {null};
        item.setOnAction(event -> {
            if (open[0] == null || !open[0].stage.isShowing()) {
                open[0] = new PersonaComparisonWindow(owner, editor, dialogs, workers, status);
            }
            open[0].stage.show();
            open[0].stage.toFront();
        });
    }

    /** What the window shows now; null while the map has fewer than two personas. */
    public PersonaComparison comparison() {
        return comparison;
    }

    private PersonaComparison.Curve curve() {
        return toBe.isSelected() ? PersonaComparison.Curve.TO_BE : PersonaComparison.Curve.AS_IS;
    }

    private void refresh() {
        JourneyMap map = editor.getMap();
        stage.setTitle(Messages.get("comparison.title", mapName(map)));
        boolean future = PersonaScores.hasFutureScores(map);
        if (!future && toBe.isSelected()) {
            asIs.setSelected(true);
            return; // choosing as-is refreshes again
        }
        toBe.setDisable(!future);
        hint.setText(future ? "" : Messages.get("comparison.toBe.none"));
        hint.setVisible(!future);
        hint.setManaged(!future);
        if (map.personas().size() < 2) {
            comparison = null;
            message.setText(
                    Messages.get("comparison.fewPersonas", map.personas().size()));
            center.getChildren().setAll(message);
            exportPng.setDisable(true);
            return;
        }
        paint();
        boolean empty = comparison.series().isEmpty();
        message.setText(empty ? Messages.get("comparison.noScores") : "");
        center.getChildren().setAll(empty ? message : chartArea);
        exportPng.setDisable(empty);
    }

    private void paint() {
        JourneyMap map = editor.getMap();
        if (map.personas().size() < 2) {
            return;
        }
        double width = chartArea.getViewportBounds() == null
                ? 0
                : chartArea.getViewportBounds().getWidth();
        comparison = PersonaComparison.of(
                map, curve(), measurer, Math.max(width, 400), Messages.get("export.pptx.unnamedPersona"));
        canvas.setWidth(comparison.bounds().width());
        canvas.setHeight(comparison.bounds().height());
        new PersonaComparisonPainter(AppTheme.current().mapTheme(), Messages.get("export.comparison.largestGap"))
                .paint(comparison, new FxSurface(canvas.getGraphicsContext2D()));
    }

    /** The map's title, or what an untitled map is called. */
    static String mapName(JourneyMap map) {
        return map.title().isBlank() ? Messages.get("export.untitled") : map.title();
    }

    private void close() {
        stage.close();
    }
}
