package org.journeycanvas.ui.presentation;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a presentation, including what presentation clickers send (Page Up and Page Down). Returns the
 * next state, or empty for Esc (leave) and keys that mean nothing here.
 */
final class PresentationKeys {
    private PresentationKeys() {}

    /** The state after a key; {@code leave} is run for Esc. */
    static Optional<PresentationState> apply(PresentationState state, KeyEvent event, List<String> personaIds) {
        KeyCode code = event.getCode();
        return Optional.ofNullable(
                switch (code) {
                    case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER, N -> state.next();
                    case LEFT, UP, PAGE_UP, BACK_SPACE -> state.previous();
                    case HOME -> state.first();
                    case END -> state.last();
                    case P -> state.cyclePersona(personaIds);
                    case B, PERIOD -> state.toggleBlank(PresentationState.Blank.BLACK);
                    case W -> state.toggleBlank(PresentationState.Blank.WHITE);
                    case C -> state.toggleCaption();
                    case T -> state.togglePass();
                    default -> code.isDigitKey() ? state.jumpTo(digit(code)) : null;
                });
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
