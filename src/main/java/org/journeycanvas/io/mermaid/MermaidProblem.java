package org.journeycanvas.io.mermaid;

import org.journeycanvas.i18n.Messages;

/**
 * One thing in a Mermaid text that is not a journey Mermaid can draw.
 *
 * @param line    1-based line number in the text
 * @param source  the line as written (shortened when long), or empty when the problem is not on one line
 * @param message what is wrong, in the interface language
 */
public record MermaidProblem(int line, String source, String message) {
    private static final int MAX_SOURCE = 80;

    static MermaidProblem at(int line, String source, String message) {
        String shown = MermaidText.strip(source);
        if (shown.length() > MAX_SOURCE) {
            shown = shown.substring(0, MAX_SOURCE - 1) + "…";
        }
        return new MermaidProblem(line, shown, message);
    }

    /** For users, e.g. {@code line 7: "Make tea: high: Me" — the score must be a number from 1 to 5}. */
    @Override
    public String toString() {
        return source.isEmpty()
                ? Messages.get("import.mermaid.line", String.valueOf(line), message)
                : Messages.get("import.mermaid.lineWithSource", String.valueOf(line), source, message);
    }
}
