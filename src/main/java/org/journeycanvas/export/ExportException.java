package org.journeycanvas.export;

/** An export that could not be written, with a message for the user. The target file is as it was. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
