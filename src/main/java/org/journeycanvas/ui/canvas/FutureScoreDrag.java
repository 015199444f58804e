package org.journeycanvas.ui.canvas;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.journeycanvas.command.Field;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Point;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.Selection;

/**
 * Dragging a to-be point up or down changes the moment's {@code futureScore}: previewed while the mouse moves, one
 * undoable edit on release, Esc cancels. Listens as event filters, so it sees a press before {@link
 * CanvasGestures}, and takes only presses meant for the to-be score:
 *
 * <ul>
 *   <li>on a to-be point, except where it sits on its as-is point showing both curves: that press drags the as-is
 *       point, as before there were to-be points;
 *   <li>with Alt, on a moment's point or ring, always: the way to a ring under its as-is point, or to a first to-be
 *       score;
 *   <li>in the to-be view, on the small mark left of the hidden as-is point: the user sees only the to-be curve, so
 *       that is what the mark moves.
 * </ul>
 *
 * Shift or Ctrl on a ring toggles the moment in the selection, as on any card; while Space pans, nothing is taken.
 */
final class FutureScoreDrag {
    private final MapCanvas canvas;
    private final EditorViewModel editor;
    private final EditorActions actions;
    private final BooleanSupplier panning;
    private Dragging dragging;
    /** After an Alt-drag, the Alt release is ours: the menu bar would take it as "go to the menus". */
    private boolean swallowAltRelease;

    /** A drag under way: the card, its lane's row when it started, the score it had and the one shown now. */
    private record Dragging(String cardId, LaneRow lane, Integer original, Integer score) {}

    /** @param panning whether Space is held, making a press the start of panning */
    FutureScoreDrag(MapCanvas canvas, EditorViewModel editor, EditorActions actions, BooleanSupplier panning) {
        this.canvas = canvas;
        this.editor = editor;
        this.actions = actions;
        this.panning = panning;
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventFilter(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    private void pressed(MouseEvent event) {
        MapGeometry geometry = canvas.geometry();
        if (event.getButton() != MouseButton.PRIMARY
                || geometry == null
                || event.isConsumed()
                || panning.getAsBoolean()) {
            return;
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        for (PersonaBand band : geometry.personas()) {
            for (LaneRow lane : band.lanes()) {
                CardBox box = futureTargetAt(lane, point, event.isAltDown());
                if (box != null) {
                    canvas.requestFocus();
                    Selection.Cell cell = new Selection.Cell(box.laneId(), box.stageId());
                    if (event.isShortcutDown() || event.isShiftDown()) {
                        editor.select(editor.getSelection().toggled(box.cardId(), cell));
                    } else {
                        editor.select(Selection.cards(List.of(box.cardId()), cell));
                        Integer score = editor.getMap()
                                .findCard(box.cardId())
                                .orElseThrow()
                                .card()
                                .futureScore();
                        dragging = new Dragging(box.cardId(), lane, score, score);
                        swallowAltRelease = event.isAltDown();
                        canvas.setCursor(Cursor.V_RESIZE);
                    }
                    event.consume();
                    return;
                }
            }
        }
    }

    /** The card whose to-be score a press here is meant for, or null. */
    private static CardBox futureTargetAt(LaneRow lane, Point point, boolean alt) {
        if (lane.kind() != LaneKind.EMOTIONS
                || !lane.curves().showsToBe()
                || !lane.bounds().contains(point.x(), point.y())) {
            return null;
        }
        boolean asIsShown = lane.curves().showsAsIs();
        for (CellBox cell : lane.cells()) {
            for (CardBox box : cell.cards()) {
                boolean hiddenByAsIs = asIsShown && box.point().equals(box.futurePoint());
                if (box.futurePointContains(point.x(), point.y()) && (alt || !hiddenByAsIs)) {
                    return box;
                }
                if ((alt || !asIsShown) && onPoint(box, point)) {
                    return box;
                }
            }
        }
        return null;
    }

    /** Whether a position is on a moment's as-is point (or the mark standing for it), not its label. */
    private static boolean onPoint(CardBox box, Point point) {
        double reach = CardBox.EMOTION_POINT_RADIUS + 3;
        return Math.hypot(point.x() - box.point().x(), point.y() - box.point().y()) <= reach;
    }

    private void dragged(MouseEvent event) {
        if (dragging == null) {
            return;
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        int score = EmotionScale.of(dragging.lane(), canvas.geometry().style()).scoreAt(point.y());
        if (!Integer.valueOf(score).equals(dragging.score())) {
            dragging = new Dragging(dragging.cardId(), dragging.lane(), dragging.original(), score);
            canvas.show(withFutureScore(editor.getMap(), dragging.cardId(), score));
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        if (dragging == null) {
            return;
        }
        Dragging finished = dragging;
        dragging = null;
        canvas.setCursor(Cursor.DEFAULT);
        if (finished.score() != null && !finished.score().equals(finished.original())) {
            actions.setField(Field.CARD_FUTURE_SCORE, finished.cardId(), finished.score());
        } else {
            canvas.show(editor.getMap());
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (dragging != null && event.getCode() == KeyCode.ESCAPE) {
            dragging = null;
            canvas.setCursor(Cursor.DEFAULT);
            canvas.show(editor.getMap());
            event.consume();
        }
    }

    private void keyReleased(KeyEvent event) {
        if (swallowAltRelease && event.getCode() == KeyCode.ALT) {
            swallowAltRelease = false;
            event.consume();
        }
    }

    /** The map as it would be with a card's to-be score changed: shown while dragging, not recorded. */
    private static JourneyMap withFutureScore(JourneyMap map, String cardId, int score) {
        return map.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals(cardId) ? card.withFutureScore(score) : card));
    }
}
