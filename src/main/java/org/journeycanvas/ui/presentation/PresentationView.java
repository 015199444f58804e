package org.journeycanvas.ui.presentation;

import java.util.List;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;
import org.journeycanvas.render.MapPainter;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.ui.AppIcon;
import org.journeycanvas.ui.canvas.FxSurface;
import org.journeycanvas.ui.canvas.FxTextMeasurer;

/**
 * Presents a map full-screen for a workshop: the overview, then stage by stage with the current stage's column
 * spotlit and zoomed to, the others dimmed; driven by keys or a clicker. Draws a copy of the map: nothing the
 * presentation does reaches the document, its history or its file.
 */
public final class PresentationView {
    private static final Color BACKDROP = Color.web("#101418");
    private static final Color DIM = Color.web("#101418", 0.62);
    private static final Color SPOTLIGHT = Color.web("#F2B705");
    private static final double TOP_BAR = 64;
    private static final double MARGIN = 28;

    private final JourneyMap map;
    private final MapIndex index;
    private final List<String> personaIds;
    private final MapLayout layout = new MapLayout(new TextWrapper(new FxTextMeasurer()), LayoutStyle.DEFAULT);
    private final MapPainter painter = new MapPainter(MapTheme.LIGHT);
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final Canvas canvas = new Canvas();
    private final Runnable onLeave;
    private PresenterView presenter;
    private PresentationState state;
    private MapGeometry painted;

    public PresentationView(JourneyMap map, Runnable onLeave) {
        this.map = map;
        this.index = new MapIndex(map);
        this.personaIds = map.personas().stream().map(Persona::id).toList();
        this.onLeave = onLeave;
        this.state = PresentationState.start(map.stages().size(), hasFuture(null));
        Pane root = new Pane(canvas);
        root.setId("presentation");
        root.setStyle("-fx-background-color: #101418;");
        canvas.widthProperty().bind(root.widthProperty());
        canvas.heightProperty().bind(root.heightProperty());
        canvas.widthProperty().addListener((obs, old, width) -> paint());
        canvas.heightProperty().addListener((obs, old, height) -> paint());
        Scene scene = new Scene(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scene.addEventHandler(
                MouseEvent.MOUSE_CLICKED,
                event -> show(event.getButton() == MouseButton.SECONDARY ? state.previous() : state.next()));
        stage.setScene(scene);
        stage.getProperties().put(PresentationView.class, this);
        stage.setTitle(Messages.get("present.windowTitle", map.title()));
        AppIcon.applyTo(stage);
    }

    /**
     * Shows the presentation: on the second screen with a presenter view on the first, if there are two. An
     * undecorated window covering the screen, rather than JavaFX full-screen mode, so that no "press Esc" hint
     * covers the map and leaving is always our own Esc.
     */
    public void show() {
        List<Screen> screens = Screen.getScreens();
        Screen target = screens.size() > 1 ? screens.get(1) : Screen.getPrimary();
        Rectangle2D bounds = target.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (screens.size() > 1) {
            presenter = new PresenterView(map);
            presenter.show(Screen.getPrimary());
        }
        stage.show();
        stage.requestFocus();
        paint();
    }

    public PresentationState state() {
        return state;
    }

    public Stage stage() {
        return stage;
    }

    /** Ends the presentation and gives the editor back exactly as it was. */
    public void leave() {
        if (presenter != null) {
            presenter.close();
        }
        stage.close();
        onLeave.run();
    }

    private void keyPressed(KeyEvent event) {
        event.consume();
        if (event.getCode() == KeyCode.ESCAPE) {
            leave();
            return;
        }
        PresentationKeys.apply(state, event, personaIds).ifPresent(this::show);
    }

    private void show(PresentationState next) {
        state = next.withFuture(hasFuture(next.personaId()));
        if (presenter != null) {
            presenter.update(state);
        }
        paint();
    }

    /** Whether the persona in focus (null: any persona) has a to-be score, so that there is a to-be pass. */
    private boolean hasFuture(String personaId) {
        return map.personas().stream()
                .filter(persona -> personaId == null || persona.id().equals(personaId))
                .flatMap(persona -> persona.lanes().stream())
                .flatMap(lane -> lane.cards().stream())
                .anyMatch(card -> card.futureScore() != null);
    }

    /** The map as last painted (null before the first paint): what the tests check the pass by. */
    MapGeometry paintedGeometry() {
        return painted;
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        if (state.blank() != PresentationState.Blank.NONE) {
            gc.setFill(state.blank() == PresentationState.Blank.BLACK ? Color.BLACK : Color.WHITE);
            gc.fillRect(0, 0, width, height);
            return;
        }
        gc.setFill(BACKDROP);
        gc.fillRect(0, 0, width, height);
        if (width <= 0 || height <= 0) {
            return;
        }
        MapGeometry geometry =
                layout.layout(map, new ViewOptions(Set.of(), state.personaId()).withCurves(state.curves()));
        painted = geometry;
        double captionHeight = state.caption() && !state.isOverview() ? 120 : 0;
        double availableHeight = height - TOP_BAR - MARGIN - captionHeight;
        Rect bounds = geometry.bounds();
        Rect focus = focusArea(geometry);
        double scale = Math.min((width - 2 * MARGIN) / focus.width(), availableHeight / bounds.height());
        double offsetX = width / 2 - focus.centerX() * scale;
        double offsetY = TOP_BAR + Math.max(0, (availableHeight - bounds.height() * scale) / 2);
        gc.setTransform(scale, 0, 0, scale, offsetX, offsetY);
        FxSurface surface = new FxSurface(gc);
        Rect visible = new Rect(-offsetX / scale, -offsetY / scale, width / scale, height / scale);
        surface.clip(bounds);
        painter.paint(geometry, index, visible, surface);
        surface.restore();
        if (!state.isOverview()) {
            spotlight(gc, geometry);
        }
        if (offsetX < 0) {
            pinLaneLabels(gc, geometry, scale, offsetY);
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        topBar(gc, width);
        if (captionHeight > 0) {
            caption(gc, width, height, captionHeight);
        }
    }

    /** The part of the map to fit the screen: all of it, or the current stage's column with some context. */
    private Rect focusArea(MapGeometry geometry) {
        if (state.isOverview() || geometry.stages().isEmpty()) {
            return geometry.bounds();
        }
        StageColumn column = geometry.stages()
                .get(Math.min(state.stageIndex(), geometry.stages().size() - 1));
        double context = column.column().width() * 0.45;
        return new Rect(
                column.column().x() - context,
                0,
                column.column().width() + 2 * context,
                geometry.bounds().height());
    }

    /** When zoomed past the lane labels, draws them again at the left edge, so the room knows each row. */
    private void pinLaneLabels(GraphicsContext gc, MapGeometry geometry, double scale, double offsetY) {
        Rect labels = new Rect(
                0, 0, geometry.style().laneLabelWidth(), geometry.bounds().height());
        gc.setTransform(scale, 0, 0, scale, 0, offsetY);
        FxSurface surface = new FxSurface(gc);
        surface.clip(labels);
        painter.paint(geometry, index, labels, surface);
        surface.restore();
        gc.setFill(Color.web("#000000", 0.35));
        gc.fillRect(labels.maxX(), 0, 3 / scale, labels.height());
    }

    private void spotlight(GraphicsContext gc, MapGeometry geometry) {
        int current = state.stageIndex();
        Rect bounds = geometry.bounds();
        gc.setFill(DIM);
        for (StageColumn column : geometry.stages()) {
            if (column.index() != current) {
                Rect area = column.column();
                gc.fillRect(area.x(), 0, area.width(), bounds.height());
            }
        }
        if (current < geometry.stages().size()) {
            Rect area = geometry.stages().get(current).column();
            gc.setStroke(SPOTLIGHT);
            gc.setLineWidth(4);
            gc.strokeRect(area.x() + 2, 2, area.width() - 4, bounds.height() - 4);
        }
    }

    private void topBar(GraphicsContext gc, double width) {
        gc.setFill(Color.WHITE);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(Font.font("System", FontWeight.BOLD, 28));
        String title = map.title().isBlank() ? Messages.get("file.untitledJourney") : map.title();
        gc.fillText(title, MARGIN, TOP_BAR / 2);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setFont(Font.font("System", FontWeight.NORMAL, 24));
        gc.setFill(Color.web("#C9D1D9"));
        gc.fillText(where(), width - MARGIN, TOP_BAR / 2);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** "Overview", or "Stage 2 of 5 · Research", with the persona in focus and, with a to-be curve, the pass. */
    public String where() {
        return hereOrThere() + passLabel(state);
    }

    /** " · As-is" or " · To-be" on a map with a to-be curve, else nothing. */
    static String passLabel(PresentationState state) {
        if (!state.hasFuture()) {
            return "";
        }
        return " · " + Messages.get(state.showsToBe() ? "present.toBe" : "present.asIs");
    }

    private String hereOrThere() {
        String persona = state.personaId() == null
                ? ""
                : index.persona(state.personaId()).name() + " · ";
        if (state.isOverview()) {
            return persona + Messages.get("present.overview");
        }
        return persona
                + Messages.get(
                        "present.stage",
                        state.stageIndex() + 1,
                        state.stageCount(),
                        map.stages().get(state.stageIndex()).name());
    }

    private void caption(GraphicsContext gc, double width, double height, double captionHeight) {
        String notes = map.stages().get(state.stageIndex()).description();
        gc.setFill(Color.web("#000000", 0.7));
        gc.fillRect(0, height - captionHeight, width, captionHeight);
        gc.setFill(Color.WHITE);
        gc.setFont(Font.font("System", FontWeight.NORMAL, 26));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(
                notes.isBlank() ? Messages.get("present.noNotes") : notes,
                width / 2,
                height - captionHeight / 2,
                width - 2 * MARGIN);
        gc.setTextAlign(TextAlignment.LEFT);
    }
}
