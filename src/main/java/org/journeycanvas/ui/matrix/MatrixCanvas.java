package org.journeycanvas.ui.matrix;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.journeycanvas.layout.MatrixColouring;
import org.journeycanvas.layout.MatrixDot;
import org.journeycanvas.layout.MatrixRating;
import org.journeycanvas.layout.OpportunityMatrix;
import org.journeycanvas.layout.OpportunityMatrixLayout;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.OpportunityMatrixPainter;
import org.journeycanvas.ui.canvas.FxSurface;
import org.journeycanvas.ui.canvas.FxTextMeasurer;

/**
 * The opportunity matrix on screen, laid out to the window's size. A dot pressed and dragged to another cell is
 * dropped there ({@code onRated}, once, on release); a dot clicked without moving is {@code onClicked}.
 */
final class MatrixCanvas extends Region {
    private static final double MARGIN = 14;
    /** How far the pointer moves before a press on a dot becomes a drag rather than a click. */
    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final OpportunityMatrixLayout layout = new OpportunityMatrixLayout(new FxTextMeasurer());
    private final MapTheme theme;
    private final OpportunityMatrixPainter painter;
    private final Consumer<String> onClicked;
    private final BiConsumer<String, MatrixRating> onRated;

    private JourneyMap map;
    private String personaId;
    private MatrixColouring colouring = MatrixColouring.PERSONA;
    private String selectedCardId;
    private OpportunityMatrix matrix;

    private MatrixDot pressed;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private double dragX;
    private double dragY;

    MatrixCanvas(MapTheme theme, Consumer<String> onClicked, BiConsumer<String, MatrixRating> onRated) {
        this.theme = theme;
        this.painter = new OpportunityMatrixPainter(theme);
        this.onClicked = onClicked;
        this.onRated = onRated;
        setId("matrix-canvas");
        getChildren().add(canvas);
        setMinSize(320, 240);
        setPrefSize(1000, 620);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
    }

    /** Over a dot: a hand, and the card's whole text in a tooltip, since the label beside the dot may be cut. */
    private void moved(MouseEvent event) {
        if (matrix == null) {
            return;
        }
        Optional<MatrixDot> dot = cardAt(event.getX(), event.getY()).flatMap(matrix::dot);
        canvas.setCursor(dot.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
        String text = dot.map(MatrixDot::text).orElse(null);
        // a card without text has nothing more to show than its label: no empty tooltip
        if (text == null || text.isBlank()) {
            Tooltip.uninstall(canvas, tooltip);
            tooltip.setText(null);
        } else if (!text.equals(tooltip.getText())) {
            tooltip.setText(text);
            Tooltip.install(canvas, tooltip);
        }
    }

    /** Shows the map's opportunities (of one persona when {@code onlyPersonaId} is not null). */
    void show(JourneyMap newMap, String onlyPersonaId) {
        map = newMap;
        personaId = onlyPersonaId;
        relayout();
    }

    void setColouring(MatrixColouring newColouring) {
        colouring = newColouring;
        relayout();
    }

    MatrixColouring colouring() {
        return colouring;
    }

    String personaId() {
        return personaId;
    }

    void setSelected(String cardId) {
        selectedCardId = cardId;
        paint();
    }

    /** The matrix as drawn now, in this region's coordinates. */
    OpportunityMatrix matrix() {
        return matrix;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            relayout();
        }
    }

    private void relayout() {
        if (map == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Rect bounds = new Rect(MARGIN, MARGIN, getWidth() - 2 * MARGIN, getHeight() - 2 * MARGIN);
        matrix = layout.layout(map, personaId, colouring, bounds);
        paint();
    }

    private void paint() {
        if (matrix == null) {
            return;
        }
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        surface.fillRect(new Rect(0, 0, getWidth(), getHeight()), theme.background());
        painter.paint(matrix, surface, selectedCardId);
        if (dragging && pressed != null) {
            painter.paintDragged(matrix, surface, pressed, dragX, dragY);
        }
    }

    private Optional<String> cardAt(double x, double y) {
        return matrix == null ? Optional.empty() : matrix.cardAt(x, y);
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        pressed = event.getButton() == MouseButton.PRIMARY && matrix != null
                ? cardAt(event.getX(), event.getY()).flatMap(matrix::dot).orElse(null)
                : null;
        pressX = event.getX();
        pressY = event.getY();
        dragging = false;
    }

    private void dragged(MouseEvent event) {
        if (pressed == null) {
            return;
        }
        if (!dragging && Math.hypot(event.getX() - pressX, event.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        dragX = event.getX();
        dragY = event.getY();
        canvas.setCursor(Cursor.CLOSED_HAND);
        paint();
    }

    private void released(MouseEvent event) {
        MatrixDot dot = pressed;
        boolean dropped = dragging;
        pressed = null;
        dragging = false;
        if (dot == null) {
            return;
        }
        if (dropped) {
            MatrixRating rating = matrix.ratingAt(event.getX(), event.getY());
            paint();
            if (rating.impact() != dot.impact() || rating.effort() != dot.effort()) {
                onRated.accept(dot.cardId(), rating);
            }
        } else {
            onClicked.accept(dot.cardId());
        }
    }
}
