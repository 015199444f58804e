package org.journeycanvas.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rule every subcommand that writes a file follows: a file that exists is only overwritten with
 * {@code --force}, unless it is one of the command's own inputs, which rewriting in place is the usual use of
 * (git's merge driver, figures or rows imported into the map they are read from).
 */
final class OutputFile {
    private OutputFile() {}

    /** Whether the command may write {@code output}. */
    static boolean mayWrite(Path output, boolean force, Path... inputs) {
        if (force || !Files.exists(output)) {
            return true;
        }
        for (Path input : inputs) {
            if (input != null && sameFile(output, input)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two paths name one file: the same file on disk, or the same path when one does not exist yet. */
    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b)
                    ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            // Not comparable: not the same file, as far as this check goes.
            return false;
        }
    }
}
