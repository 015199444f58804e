package org.journeycanvas.ui.print;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.PagePlanner;
import org.journeycanvas.export.pages.Paper;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;
import org.journeycanvas.ui.canvas.FxTextMeasurer;

/**
 * File → Print…: the pages as they will print, planned and drawn as the PDF's are, with the paper, the
 * orientation, a poster's tiles, the personas and "fit width" to choose; Print… hands them to the printer.
 */
public final class PrintPreview {
    /** What Print… does with the pages shown. */
    @FunctionalInterface
    public interface Printing {
        void print(PrintPreview preview, PageOptions options, String personaId, List<MapPage> pages);
    }

    private static final double GAP = 16;

    private final Stage stage = new Stage();
    private final JourneyMap map;
    private final MapIndex index;
    private final PagePlanner planner =
            new PagePlanner(new MapLayout(new TextWrapper(new FxTextMeasurer()), LayoutStyle.DEFAULT));
    private final ChoiceBox<Paper> paper = new ChoiceBox<>();
    private final ChoiceBox<Paper> tiles = new ChoiceBox<>();
    private final CheckBox landscape = new CheckBox(Messages.get("print.landscape"));
    private final ChoiceBox<Persona> persona = new ChoiceBox<>();
    private final CheckBox perPersona = new CheckBox(Messages.get("print.perPersona"));
    private final CheckBox fitWidth = new CheckBox(Messages.get("print.fitWidth"));
    private final StackPane pageArea = new StackPane();
    private final Label pageCount = new Label();
    private final Button previous = new Button(Messages.get("print.previous"));
    private final Button next = new Button(Messages.get("print.next"));
    private final Button print = new Button(Messages.get("print.print"));
    private List<MapPage> pages = List.of();
    private int current;

    public PrintPreview(Window owner, JourneyMap map, PageOptions options, String personaId, Printing printing) {
        this.map = map;
        this.index = new MapIndex(map);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("print.title"));

        paper.setId("printPaper");
        paper.getItems().addAll(Paper.values());
        paper.setConverter(names(PrintPreview::paperName));
        paper.setValue(options.paper() == null ? Paper.A4 : options.paper());
        tiles.setId("printTiles");
        tiles.getItems().add(null);
        for (Paper each : Paper.values()) {
            if (each.officeSheet()) {
                tiles.getItems().add(each);
            }
        }
        tiles.setConverter(names(sheet ->
                sheet == null ? Messages.get("print.tiles.none") : Messages.get("print.tiles.over", paperName(sheet))));
        tiles.setValue(options.tileSheet());
        landscape.setId("printLandscape");
        landscape.setSelected(options.landscape());
        persona.setId("printPersona");
        persona.getItems().add(null);
        persona.getItems().addAll(map.personas());
        persona.setConverter(names(each -> each == null ? Messages.get("export.dialog.allPersonas") : each.name()));
        persona.setValue(map.personas().stream()
                .filter(each -> each.id().equals(personaId))
                .findFirst()
                .orElse(null));
        perPersona.setId("printPerPersona");
        perPersona.setSelected(options.perPersona());
        fitWidth.setId("printFitWidth");
        fitWidth.setSelected(options.fitWidth());
        paper.valueProperty().addListener((obs, old, value) -> replan());
        tiles.valueProperty().addListener((obs, old, value) -> replan());
        persona.valueProperty().addListener((obs, old, value) -> replan());
        for (CheckBox box : List.of(landscape, perPersona, fitWidth)) {
            box.selectedProperty().addListener((obs, old, value) -> replan());
        }

        FlowPane choices = new FlowPane(GAP, 8);
        choices.setPadding(new Insets(12, 16, 12, 16));
        choices.getChildren()
                .addAll(
                        labelled("print.paper", paper),
                        labelled("print.tiles", tiles),
                        landscape,
                        labelled("export.dialog.personas", persona),
                        perPersona,
                        fitWidth);

        pageArea.setId("printPageArea");
        pageArea.setStyle("-fx-background-color: -color-bg-subtle;");
        pageArea.setMinSize(200, 200);
        pageArea.widthProperty().addListener((obs, old, value) -> showPage());
        pageArea.heightProperty().addListener((obs, old, value) -> showPage());

        previous.setId("printPrevious");
        previous.setOnAction(event -> turn(-1));
        next.setId("printNext");
        next.setOnAction(event -> turn(1));
        pageCount.setId("printPageCount");
        pageCount.setMinWidth(Pane.USE_PREF_SIZE);
        print.setId("printPrint");
        print.setDefaultButton(true);
        print.setOnAction(event -> printing.print(this, options(), personaId(), pages));
        Button cancel = new Button(Messages.get("dialog.button.cancel"));
        cancel.setId("printCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close());
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, previous, pageCount, next, spring, print, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(12, 16, 12, 16));
        for (Button button : List.of(previous, next, print, cancel)) {
            button.setMinWidth(Pane.USE_PREF_SIZE);
        }

        BorderPane root = new BorderPane(pageArea, choices, null, buttons, null);
        Scene scene = new Scene(root, Math.max(760, owner.getWidth() * 0.75), Math.max(560, owner.getHeight() * 0.85));
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.PAGE_DOWN || event.getCode() == KeyCode.RIGHT && !event.isShortcutDown()) {
                turn(1);
            } else if (event.getCode() == KeyCode.PAGE_UP || event.getCode() == KeyCode.LEFT) {
                turn(-1);
            }
        });
        stage.setScene(scene);
        replan();
    }

    public void show() {
        stage.show();
        print.requestFocus();
    }

    public void close() {
        stage.close();
    }

    public Window window() {
        return stage;
    }

    /** The pages shown, as they will print. */
    public List<MapPage> pages() {
        return pages;
    }

    /** The options chosen. */
    public PageOptions options() {
        boolean poster = paper.getValue().poster();
        Paper tileSheet = poster ? tiles.getValue() : null;
        return new PageOptions(
                paper.getValue(), landscape.isSelected(), perPersona.isSelected(), tileSheet, fitWidth.isSelected());
    }

    /** The persona printed, or null for all. */
    public String personaId() {
        return persona.getValue() == null ? null : persona.getValue().id();
    }

    private void replan() {
        boolean poster = paper.getValue().poster();
        tiles.setDisable(!poster);
        fitWidth.setDisable(poster);
        perPersona.setDisable(persona.getValue() != null || map.personas().size() < 2);
        pages = planner.plan(map, options(), personaId());
        current = Math.max(0, Math.min(current, pages.size() - 1));
        showPage();
    }

    private void turn(int by) {
        current = Math.max(0, Math.min(current + by, pages.size() - 1));
        showPage();
    }

    private void showPage() {
        pageCount.setText(Messages.get("print.pageCount", current + 1, pages.size()));
        previous.setDisable(current == 0);
        next.setDisable(current >= pages.size() - 1);
        double width = pageArea.getWidth() - 2 * GAP;
        double height = pageArea.getHeight() - 2 * GAP;
        if (pages.isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        MapPage page = pages.get(current);
        // Drawn at the screen's own resolution (twice as many pixels on a high-density screen), shown at its size.
        double fit = Math.min(width / page.width(), height / page.height());
        double pixels = Math.max(1, stage.getOutputScaleX());
        double scale = PageCanvas.fittingScale(page, fit * pixels);
        Canvas canvas = PageCanvas.draw(page, index, scale);
        canvas.setId("printPage");
        canvas.getTransforms().setAll(new Scale(1 / pixels, 1 / pixels));
        Group shown = new Group(canvas);
        shown.setEffect(new DropShadow(8, Color.gray(0, 0.3)));
        pageArea.getChildren().setAll(shown);
    }

    private static HBox labelled(String key, javafx.scene.Node control) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Pane.USE_PREF_SIZE);
        label.setLabelFor(control);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A paper's name in the interface language: "A4", "Letter", "A1 poster". */
    public static String paperName(Paper paper) {
        return switch (paper) {
            case A4 -> Messages.get("print.paper.a4");
            case A3 -> Messages.get("print.paper.a3");
            case LETTER -> Messages.get("print.paper.letter");
            case TABLOID -> Messages.get("print.paper.tabloid");
            case A2 -> Messages.get("print.paper.a2");
            case A1 -> Messages.get("print.paper.a1");
            case A0 -> Messages.get("print.paper.a0");
        };
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
