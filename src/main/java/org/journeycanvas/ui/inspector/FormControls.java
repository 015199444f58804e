package org.journeycanvas.ui.inspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.ui.canvas.FxFonts;

/** How the inspector's sections load their FXML and make their fields behave like a form's. */
final class FormControls {
    private FormControls() {}

    /**
     * Loads a section's FXML (beside the controller's class) into the controller's fields, its {@code %key} texts
     * in the interface language; returns its root.
     */
    static VBox load(Object controller, String fxml) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(fxml), Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the inspector's " + fxml + " is missing or broken", e);
        }
    }

    /** Ends the undo step of typing in any of these fields when the cursor leaves it. */
    static void finishTypingOnFocusLoss(SectionModel model, TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    model.finishTyping();
                }
            });
        }
    }

    /**
     * Tab leaves a multi-line field for the next one, as in any form (a text area would type a tab character);
     * Ctrl+Tab types one instead. Shift+Tab already goes back.
     */
    static void tabMovesFocus(TextArea... areas) {
        for (TextArea area : areas) {
            boolean[] forwarding = {false};
            area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (forwarding[0]
                        || event.getCode() != KeyCode.TAB
                        || event.isShiftDown()
                        || event.isAltDown()
                        || event.isMetaDown()) {
                    return;
                }
                event.consume();
                if (event.isControlDown()) {
                    area.replaceSelection("\t");
                    return;
                }
                // A text area moves the focus on Ctrl+Tab: hand it that, and let it through this filter.
                forwarding[0] = true;
                try {
                    area.fireEvent(new KeyEvent(
                            area, area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, true, false, false));
                } finally {
                    forwarding[0] = false;
                }
            });
        }
    }

    static Text glyph(int codePoint, double size) {
        Text text = new Text(new String(Character.toChars(codePoint)));
        text.setFont(FxFonts.icons(size));
        text.getStyleClass().add("inspector-glyph");
        return text;
    }
}
