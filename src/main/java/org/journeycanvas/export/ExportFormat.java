package org.journeycanvas.export;

import org.journeycanvas.i18n.Messages;

/** The formats a map exports to. */
public enum ExportFormat {
    PNG("png", "export.format.png"),
    XLSX("xlsx", "export.format.xlsx"),
    PPTX("pptx", "export.format.pptx"),
    PDF("pdf", "export.format.pdf"),
    SVG("svg", "export.format.svg"),
    HTML("html", "export.format.html");

    private final String extension;
    /** The key of its name in the bundles. */
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The file name ending, without the dot, which is also the name the command line takes. */
    public String extension() {
        return extension;
    }

    /** The format's name in the interface language, e.g. "PNG image". */
    public String label() {
        return Messages.get(label);
    }
}
