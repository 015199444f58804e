package org.journeycanvas.ui.presentation;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.AppIcon;

/** What the facilitator sees on their own screen: the current stage's notes, the next stage, and the time. */
public final class PresenterView {
    private final JourneyMap map;
    private final Stage stage = new Stage();
    private final Label current = new Label();
    private final Label notes = new Label();
    private final Label next = new Label();
    private final Label clock = new Label("00:00");
    private final Instant started = Instant.now();
    private final Timeline ticking;

    public PresenterView(JourneyMap map) {
        this.map = map;
        current.setId("presenterCurrent");
        notes.setId("presenterNotes");
        next.setId("presenterNext");
        clock.setId("presenterClock");
        current.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        notes.setStyle("-fx-font-size: 22px;");
        notes.setWrapText(true);
        next.setStyle("-fx-font-size: 20px; -fx-text-fill: -color-fg-muted;");
        clock.setStyle("-fx-font-size: 36px; -fx-font-family: monospace;");
        VBox root = new VBox(18, clock, current, notes, next);
        root.setPadding(new Insets(32));
        stage.setScene(new Scene(root, 900, 600));
        stage.setTitle(Messages.get("present.presenterTitle"));
        AppIcon.applyTo(stage);
        ticking = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> tick()));
        ticking.setCycleCount(Animation.INDEFINITE);
        update(PresentationState.start(map.stages().size()));
    }

    public void show(Screen screen) {
        stage.setX(screen.getVisualBounds().getMinX() + 40);
        stage.setY(screen.getVisualBounds().getMinY() + 40);
        stage.show();
        ticking.play();
    }

    public void update(PresentationState state) {
        if (state.isOverview()) {
            current.setText(Messages.get("present.overview"));
            notes.setText(map.description());
        } else {
            current.setText((state.stageIndex() + 1) + ". "
                    + map.stages().get(state.stageIndex()).name() + PresentationView.passLabel(state));
            notes.setText(map.stages().get(state.stageIndex()).description());
        }
        int nextStage = state.nextStageIndex();
        if (nextStage < 0) {
            next.setText(Messages.get("present.nextEnd"));
        } else {
            String stageName = map.stages().get(nextStage).name();
            next.setText(
                    state.toBePassFollows()
                            ? Messages.get("present.nextToBe", stageName)
                            : Messages.get("present.next", stageName));
        }
    }

    /** The elapsed time as minutes and seconds. */
    public String elapsed() {
        return clock.getText();
    }

    public void close() {
        ticking.stop();
        stage.close();
    }

    private void tick() {
        Duration elapsed = Duration.between(started, Instant.now());
        clock.setText(String.format("%02d:%02d", elapsed.toMinutes(), elapsed.toSecondsPart()));
    }

    Label notesLabel() {
        return notes;
    }

    Label currentLabel() {
        return current;
    }

    Label nextLabel() {
        return next;
    }
}
