package org.journeycanvas.io;

/** A persona photo that cannot be used, with a message for the user. */
public final class PhotoException extends Exception {
    private static final long serialVersionUID = 1L;

    public PhotoException(String message) {
        super(message);
    }
}
