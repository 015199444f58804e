package org.journeycanvas.io.mermaid;

import java.util.List;
import java.util.stream.Collectors;

/** A Mermaid text that cannot be imported, with every problem found and its line number. */
public final class MermaidFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problems, in the order of their lines. */
    private final transient List<MermaidProblem> problems;

    public MermaidFormatException(List<MermaidProblem> problems) {
        super(problems.stream().map(MermaidProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<MermaidProblem> problems() {
        return problems;
    }
}
