package org.journeycanvas.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.journeycanvas.command.AddMapContentCommand;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.FileLimits;
import org.journeycanvas.io.mermaid.MermaidFormatException;
import org.journeycanvas.io.mermaid.MermaidJourneyReader;
import org.journeycanvas.io.mermaid.MermaidProblem;
import org.journeycanvas.model.JourneyMap;

/**
 * Pasting a Mermaid journey onto the canvas: its stages, personas and cards join the open map as one undo step.
 * A text Mermaid would not draw changes nothing and is explained in one message, each problem with its line.
 */
final class MermaidPaste {
    /** More problems than this are counted rather than listed: a long broken text would fill the screen. */
    private static final int MAX_PROBLEMS_SHOWN = 8;

    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final Consumer<String> status;

    MermaidPaste(EditorViewModel editor, DialogService dialogs, Consumer<String> status) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.status = status;
    }

    void paste(String text) {
        JourneyMap imported;
        try {
            imported = new MermaidJourneyReader().read(text);
        } catch (MermaidFormatException e) {
            dialogs.showError(Messages.get("import.mermaid.paste.error"), described(e.problems()));
            return;
        }
        AddMapContentCommand add = new AddMapContentCommand(Messages.get("import.mermaid.paste.undo"), imported);
        Optional<String> tooLarge = FileLimits.DEFAULT.exceededBy(add.apply(editor.getMap()));
        if (tooLarge.isPresent()) {
            dialogs.showError(Messages.get("import.mermaid.paste.error"), tooLarge.get());
            return;
        }
        editor.execute(add);
        status.accept(Messages.get("import.mermaid.paste.done"));
    }

    private static String described(List<MermaidProblem> problems) {
        List<String> lines = problems.stream()
                .limit(MAX_PROBLEMS_SHOWN)
                .map(MermaidProblem::toString)
                .toList();
        String shown = String.join("\n", lines);
        int more = problems.size() - lines.size();
        return more > 0 ? shown + "\n" + Messages.plural("import.mermaid.paste.moreProblems", more) : shown;
    }
}
