package org.journeycanvas.io;

/** Something wrong at a JSON path of a map file, found while reading it; the reader adds file, line and column. */
final class FormatProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    FormatProblem(String path, String problem) {
        super(path + ": " + problem, null, false, false);
        this.path = path;
        this.problem = problem;
    }

    /** The JSON path, e.g. {@code map.personas[0].name}; empty for the whole file. */
    String path() {
        return path;
    }

    /** The path and what is wrong, as users see it. */
    String describe() {
        return path.isEmpty() ? problem : path + ": " + problem;
    }

    String problem() {
        return problem;
    }
}
