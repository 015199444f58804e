package org.journeycanvas.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.journeycanvas.i18n.Messages;

/**
 * Why an export could not be written, in the user's words: the file they chose and the reason, never the name
 * of the temporary file beside it that the atomic write was using when it failed. One place for every export
 * (the map's, the matrix's, the persona comparison's), so they all say it the same way.
 */
public final class ExportFailure {
    private ExportFailure() {}

    /** The failure of writing {@code target} as an {@link ExportException} with a message for the user. */
    public static ExportException explain(Path target, Throwable failure) {
        return new ExportException(target + ": " + reason(failure));
    }

    private static String reason(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            return Messages.get("export.error.denied");
        }
        if (failure instanceof NoSuchFileException) {
            return Messages.get("export.error.noFolder");
        }
        if (failure instanceof OutOfMemoryError) {
            return Messages.get("export.error.memory");
        }
        if (failure instanceof FileSystemException fileSystem) {
            // its message starts with the file it was writing: the temporary one, not what the user chose
            return Messages.get("export.error.failed", nonNull(fileSystem.getReason(), failure));
        }
        if (failure instanceof IOException) {
            return Messages.get("export.error.failed", nonNull(failure.getMessage(), failure));
        }
        // a library's own failure (a font, PDFBox, the XML writer, Java2D): its kind and message
        return Messages.get("export.error.failed", String.valueOf(failure));
    }

    private static String nonNull(String reason, Throwable failure) {
        return reason == null ? failure.getClass().getSimpleName() : reason;
    }
}
