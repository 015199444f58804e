package org.journeycanvas.io;

/**
 * A map file that cannot be read or written, with a message written for users: the file, the line and
 * column where known, and what is wrong, e.g.
 * {@code big.journey:14:22: map.personas[0].lanes[1].cards[3].stage: no stage "s9"}.
 */
public final class MapFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public MapFileException(String source, int line, int column, String problem) {
        super(format(source, line, column, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public MapFileException(String source, String problem) {
        this(source, 0, 0, problem);
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, or 0 when it has no place in the file. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when it has no place in the file. */
    public int column() {
        return column;
    }

    /** What is wrong, without the file and place. */
    public String problem() {
        return problem;
    }

    private static String format(String source, int line, int column, String problem) {
        String place = line > 0 ? source + ":" + line + ":" + column : source;
        return place + ": " + problem;
    }
}
