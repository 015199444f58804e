package org.journeycanvas.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CardNavigator;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.DropTargets;
import org.journeycanvas.layout.EmotionScale;
import org.journeycanvas.layout.Hit;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.Point;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.Selection;

/**
 * Mouse, wheel and key handling on the canvas: select, rubber-band, drag cards and stage headers, drag an
 * emotion point to change its score, pan and zoom, edit in place. While a drag is only previewed nothing is
 * recorded; the release makes one command; Esc cancels.
 */
public final class CanvasGestures {
    private static final double DRAG_THRESHOLD = 4;
    private static final double WHEEL_ZOOM_STEP = 1.1;

    private final MapCanvas canvas;
    private final EditorViewModel editor;
    private final EditorActions actions;
    private final InPlaceEditor inPlaceEditor;
    private Gesture gesture;
    private boolean spaceDown;

    /** What the mouse is doing between press and release. */
    private sealed interface Gesture {}

    private record Pending(Point start, double localX, double localY, Hit hit, boolean onEmotionPoint)
            implements Gesture {}

    private record MovingCards(List<String> cardIds, LaneKind kind, Point start, List<Rect> origins, DropTarget target)
            implements Gesture {}

    private record MovingStage(String stageId, Point start, Rect origin, DropTarget target) implements Gesture {}

    private record DraggingScore(String cardId, LaneRow lane, int original, int score) implements Gesture {}

    private record RubberBand(Point start, Selection before, boolean additive) implements Gesture {}

    private record Panning(double lastX, double lastY) implements Gesture {}

    public CanvasGestures(MapCanvas canvas, EditorViewModel editor, EditorActions actions) {
        this.canvas = canvas;
        this.editor = editor;
        this.actions = actions;
        this.inPlaceEditor = new InPlaceEditor(canvas);
        new ConnectorGestures(canvas, editor, actions);
        new FutureScoreDrag(canvas, editor, actions, () -> spaceDown);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    /** Whether a drag is under way (Esc would cancel it). */
    public boolean isDragging() {
        return gesture != null && !(gesture instanceof Pending);
    }

    /** Cancels a drag in progress: the map and selection stay as they were before it. */
    public void cancel() {
        if (gesture instanceof RubberBand band) {
            editor.select(band.before());
        }
        gesture = null;
        canvas.setOverlay(CanvasOverlay.NONE);
        canvas.show(editor.getMap());
        canvas.setCursor(Cursor.DEFAULT);
    }

    /** Starts editing the text of a card in place (after a drop, Enter or a double-click). */
    public void editCard(String cardId) {
        MapGeometry geometry = canvas.geometry();
        geometry.card(cardId).ifPresent(box -> {
            canvas.reveal(box.bounds());
            Card card = editor.getMap().findCard(cardId).orElseThrow().card();
            inPlaceEditor.edit(editorBounds(box), card.text(), true, text -> {
                if (!text.equals(card.text())
                        && editor.getMap().findCard(cardId).isPresent()) {
                    actions.editText(cardId, text);
                }
            });
        });
    }

    /** Starts renaming a stage in place. */
    public void renameStage(String stageId) {
        canvas.geometry().stage(stageId).ifPresent(column -> {
            String name = editor.getMap().stage(stageId).orElseThrow().name();
            inPlaceEditor.edit(column.header(), name, false, text -> {
                if (!text.equals(name) && editor.getMap().stage(stageId).isPresent()) {
                    actions.renameStage(stageId, text);
                }
            });
        });
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        if (event.getButton() == MouseButton.MIDDLE || event.getButton() == MouseButton.PRIMARY && spaceDown) {
            gesture = new Panning(event.getX(), event.getY());
            canvas.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY || canvas.geometry() == null) {
            return;
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        Hit hit = canvas.geometry().hit(point.x(), point.y());
        boolean additive = event.isShortcutDown() || event.isShiftDown();
        Selection selection = editor.getSelection();
        boolean onPoint = false;
        if (hit instanceof Hit.OnCard onCard) {
            CardBox box = onCard.card();
            onPoint = box.isEmotionPoint() && !box.bounds().contains(point.x(), point.y());
            Selection.Cell cell = new Selection.Cell(box.laneId(), box.stageId());
            if (additive) {
                editor.select(selection.toggled(box.cardId(), cell));
            } else if (!selection.cardIds().contains(box.cardId())) {
                editor.select(Selection.cards(List.of(box.cardId()), cell));
            }
        } else if (hit instanceof Hit.OnStageHeader onStage) {
            editor.select(new Selection.OfStage(onStage.stage().stageId()));
        } else if (hit instanceof Hit.OnLaneLabel onLane) {
            editor.select(new Selection.OfLane(onLane.lane().laneId()));
        } else if (hit instanceof Hit.OnPersonaHeader onPersona) {
            editor.select(new Selection.OfPersona(onPersona.persona().personaId()));
        } else if (hit instanceof Hit.OnCell onCell && !additive) {
            editor.select(Selection.cell(
                    new Selection.Cell(onCell.cell().laneId(), onCell.cell().stageId())));
        } else if (!additive) {
            editor.select(Selection.NOTHING);
        }
        gesture = new Pending(point, event.getX(), event.getY(), hit, onPoint);
    }

    private void dragged(MouseEvent event) {
        if (gesture instanceof Panning panning) {
            canvas.scrollBy(panning.lastX() - event.getX(), panning.lastY() - event.getY());
            gesture = new Panning(event.getX(), event.getY());
            return;
        }
        if (gesture instanceof Pending pending) {
            if (Math.hypot(event.getX() - pending.localX(), event.getY() - pending.localY()) < DRAG_THRESHOLD) {
                return;
            }
            gesture = startDrag(pending, event);
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        MapGeometry geometry = canvas.geometry();
        if (gesture instanceof MovingCards moving) {
            DropTarget target =
                    DropTargets.forCard(geometry, point.x(), point.y(), moving.kind(), Set.copyOf(moving.cardIds()));
            gesture = new MovingCards(moving.cardIds(), moving.kind(), moving.start(), moving.origins(), target);
            double dx = point.x() - moving.start().x();
            double dy = point.y() - moving.start().y();
            List<Rect> ghosts = moving.origins().stream()
                    .map(r -> new Rect(r.x() + dx, r.y() + dy, r.width(), r.height()))
                    .toList();
            canvas.setOverlay(CanvasOverlay.dropping(target, ghosts, null));
            canvas.setCursor(target instanceof DropTarget.None ? DropCursors.notAllowed() : Cursor.CLOSED_HAND);
        } else if (gesture instanceof MovingStage moving) {
            DropTarget target = DropTargets.forStage(geometry, point.x(), Math.min(point.y(), 1));
            gesture = new MovingStage(moving.stageId(), moving.start(), moving.origin(), target);
            Rect origin = moving.origin();
            Rect ghost =
                    new Rect(origin.x() + point.x() - moving.start().x(), origin.y(), origin.width(), origin.height());
            canvas.setOverlay(CanvasOverlay.dropping(target, List.of(ghost), null));
            canvas.setCursor(Cursor.CLOSED_HAND);
        } else if (gesture instanceof DraggingScore dragging) {
            int score = EmotionScale.of(dragging.lane(), geometry.style()).scoreAt(point.y());
            if (score != dragging.score()) {
                gesture = new DraggingScore(dragging.cardId(), dragging.lane(), dragging.original(), score);
                canvas.show(withScore(editor.getMap(), dragging.cardId(), score));
            }
        } else if (gesture instanceof RubberBand band) {
            Rect rect = Rect.spanning(band.start().x(), band.start().y(), point.x(), point.y());
            Set<String> touched =
                    new LinkedHashSet<>(band.additive() ? band.before().cardIds() : Set.of());
            geometry.cardsTouching(rect).forEach(card -> touched.add(card.cardId()));
            // A band that touches no card leaves a selected stage, lane or persona as it was.
            boolean keepBefore = touched.isEmpty() && !(band.before() instanceof Selection.Cards);
            editor.select(
                    keepBefore
                            ? band.before()
                            : Selection.cards(touched, band.before().pasteCell()));
            canvas.setOverlay(CanvasOverlay.rubberBand(rect));
        }
    }

    private Gesture startDrag(Pending pending, MouseEvent event) {
        MapGeometry geometry = canvas.geometry();
        if (pending.hit() instanceof Hit.OnCard onCard) {
            CardBox box = onCard.card();
            if (pending.onEmotionPoint()) {
                LaneRow lane = geometry.lane(box.laneId()).orElseThrow();
                Integer score = editor.getMap()
                        .findCard(box.cardId())
                        .orElseThrow()
                        .card()
                        .score();
                int current = score == null ? 0 : score;
                selectCard(box);
                return new DraggingScore(box.cardId(), lane, current, score == null ? Integer.MIN_VALUE : current);
            }
            List<CardBox> moving = orderedSelection(geometry);
            List<String> ids = moving.stream().map(CardBox::cardId).toList();
            List<Rect> origins = moving.stream()
                    .map(card -> card.isEmotionPoint()
                            ? new Rect(card.point().x() - 10, card.point().y() - 10, 20, 20)
                            : card.bounds())
                    .toList();
            return new MovingCards(ids, box.kind(), pending.start(), origins, new DropTarget.None());
        }
        if (pending.hit() instanceof Hit.OnStageHeader onStage) {
            return new MovingStage(
                    onStage.stage().stageId(), pending.start(), onStage.stage().header(), new DropTarget.None());
        }
        boolean additive = event.isShortcutDown() || event.isShiftDown();
        return new RubberBand(pending.start(), editor.getSelection(), additive);
    }

    private void released(MouseEvent event) {
        Gesture finished = gesture;
        gesture = null;
        canvas.setOverlay(CanvasOverlay.NONE);
        canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        if (finished instanceof Pending pending
                && pending.hit() instanceof Hit.OnCard onCard
                && !(event.isShortcutDown() || event.isShiftDown())) {
            selectCard(onCard.card());
        } else if (finished instanceof MovingCards moving) {
            actions.moveCards(moving.cardIds(), moving.target());
        } else if (finished instanceof MovingStage moving) {
            actions.moveStage(moving.stageId(), moving.target());
        } else if (finished instanceof DraggingScore dragging) {
            if (dragging.score() != Integer.MIN_VALUE && dragging.score() != dragging.original()) {
                actions.setScore(dragging.cardId(), dragging.score());
            } else {
                canvas.show(editor.getMap());
            }
        }
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2 || !event.isStillSincePress()) {
            return;
        }
        Point point = canvas.toMap(event.getX(), event.getY());
        Hit hit = canvas.geometry().hit(point.x(), point.y());
        if (hit instanceof Hit.OnCard onCard) {
            editCard(onCard.card().cardId());
        } else if (hit instanceof Hit.OnStageHeader onStage) {
            renameStage(onStage.stage().stageId());
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.isShortcutDown()) {
            double factor = Math.pow(WHEEL_ZOOM_STEP, event.getDeltaY() / 40);
            canvas.zoomGradually(canvas.getZoom() * factor, event.getX(), event.getY());
        } else if (event.isShiftDown() && event.getDeltaX() == 0) {
            canvas.scrollBy(-event.getDeltaY(), 0);
        } else {
            canvas.scrollBy(-event.getDeltaX(), -event.getDeltaY());
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            if (gesture != null) {
                cancel();
            } else if (!editor.getSelection().isNothing()) {
                editor.select(Selection.NOTHING);
            } else {
                return; // nothing to cancel: left to the window, where it takes a highlight away
            }
            event.consume();
        } else if (event.getCode() == KeyCode.SPACE && !spaceDown) {
            spaceDown = true;
            canvas.setCursor(Cursor.OPEN_HAND);
            event.consume();
        } else if (event.getCode() == KeyCode.TAB && !event.isShortcutDown()) {
            Set<String> selected = editor.getSelection().cardIds();
            String from = selected.isEmpty() ? "" : selected.iterator().next();
            CardNavigator.step(canvas.geometry(), from, !event.isShiftDown()).ifPresent(this::selectAndReveal);
            event.consume();
        } else if (arrow(event.getCode()) != null
                && !editor.getSelection().cardIds().isEmpty()) {
            String from = editor.getSelection().cardIds().iterator().next();
            CardNavigator.toward(canvas.geometry(), from, arrow(event.getCode()))
                    .ifPresent(this::selectAndReveal);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
            Selection selection = editor.getSelection();
            if (selection instanceof Selection.Cards cards && cards.single() != null) {
                editCard(cards.single());
                event.consume();
            } else if (selection instanceof Selection.OfStage stage) {
                renameStage(stage.stageId());
                event.consume();
            }
        }
    }

    private static CardNavigator.Direction arrow(KeyCode code) {
        return switch (code) {
            case LEFT -> CardNavigator.Direction.LEFT;
            case RIGHT -> CardNavigator.Direction.RIGHT;
            case UP -> CardNavigator.Direction.UP;
            case DOWN -> CardNavigator.Direction.DOWN;
            default -> null;
        };
    }

    private void selectCard(CardBox box) {
        editor.select(Selection.cards(List.of(box.cardId()), new Selection.Cell(box.laneId(), box.stageId())));
    }

    private void selectAndReveal(CardBox card) {
        selectCard(card);
        canvas.reveal(
                card.isEmotionPoint()
                        ? new Rect(card.point().x() - 10, card.point().y() - 10, 20, 20)
                        : card.bounds());
    }

    /** The selected cards' boxes, top to bottom and left to right. */
    private List<CardBox> orderedSelection(MapGeometry geometry) {
        List<CardBox> boxes =
                new ArrayList<>(geometry.cards(editor.getSelection().cardIds()));
        boxes.sort(CanvasGestures::compareByPosition);
        return boxes;
    }

    private static int compareByPosition(CardBox a, CardBox b) {
        int byY = Double.compare(a.bounds().y(), b.bounds().y());
        return byY != 0 ? byY : Double.compare(a.bounds().x(), b.bounds().x());
    }

    private static Rect editorBounds(CardBox box) {
        if (!box.isEmotionPoint()) {
            return box.bounds();
        }
        Rect label = box.bounds();
        return new Rect(label.x(), box.point().y() - 20, Math.max(140, label.width()), 56);
    }

    /** The map as it would be with a card's score changed: shown while dragging, not recorded. */
    private static JourneyMap withScore(JourneyMap map, String cardId, int score) {
        return map.withLanesMapped(
                lane -> lane.withCardsMapped(card -> card.id().equals(cardId) ? card.withScore(score) : card));
    }
}
