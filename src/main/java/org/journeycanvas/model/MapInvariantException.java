package org.journeycanvas.model;

/**
 * A map, or a part of one, that breaks a rule of the model. The path says where, relative to the record
 * that found the problem; whoever built that record prefixes its own path, so a file reader can report
 * {@code map.personas[0].lanes[1].cards[3].stage: no stage "s9"}.
 */
public final class MapInvariantException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final String relatedPath;

    public MapInvariantException(String path, String problem) {
        this(path, problem, null);
    }

    /**
     * A problem that also involves a second place, named at the end of the message and, like the path,
     * relative to the record that found it: {@code id "c1" is already used by stages[3].id}.
     */
    public MapInvariantException(String path, String problem, String relatedPath) {
        super(describe(path, relatedPath == null ? problem : problem + relatedPath));
        this.path = path;
        this.problem = problem;
        this.relatedPath = relatedPath;
    }

    /** The path of the offending value, e.g. {@code personas[0].lanes[1].cards[3].stage}; empty for the record itself. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return relatedPath == null ? problem : problem + relatedPath;
    }

    /** The same problem, seen from the record that holds the one that found it. */
    public MapInvariantException within(String parentPath) {
        return new MapInvariantException(
                join(parentPath, path), problem, relatedPath == null ? null : join(parentPath, relatedPath));
    }

    private static String describe(String path, String problem) {
        return path.isEmpty() ? problem : path + ": " + problem;
    }

    /** Joins two path parts: {@code join("personas[0]", "lanes[1].id")}, {@code join("goals", "[2]")}. */
    public static String join(String parent, String child) {
        if (parent.isEmpty()) {
            return child;
        }
        if (child.isEmpty()) {
            return parent;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }
}
