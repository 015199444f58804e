package org.journeycanvas.ui;

import java.util.Objects;
import java.util.function.Consumer;
import org.journeycanvas.i18n.Messages;

/** Says in the status bar when an opportunity highlight comes on, changes or goes away. */
final class HighlightAnnouncement {
    private HighlightAnnouncement() {}

    static void install(EditorViewModel editor, Consumer<String> status) {
        editor.viewOptionsProperty().addListener((obs, old, options) -> {
            if (old == null || !Objects.equals(old.highlight(), options.highlight())) {
                status.accept(
                        options.highlight() == null
                                ? Messages.get("status.highlight.off")
                                : Messages.get("status.highlight.on", HighlightMenu.describe(options.highlight())));
            }
        });
    }
}
