package org.journeycanvas.templates;

/** A template that cannot be found, read or saved, with a message for the user. */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
