package org.journeycanvas.app.cli;

import java.util.List;

/** A file to import that cannot be: each line says what is wrong and where, for stderr (exit code 1). */
final class ImportInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    ImportInputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    ImportInputException(String line) {
        this(List.of(line));
    }

    List<String> lines() {
        return lines;
    }
}
