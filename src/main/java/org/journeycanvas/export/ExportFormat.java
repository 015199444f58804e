package org.journeycanvas.export;

import java.util.Locale;
import org.journeycanvas.i18n.Messages;

/** The formats a map exports to. */
public enum ExportFormat {
    PNG("png", "export.format.png"),
    XLSX("xlsx", "export.format.xlsx"),
    PPTX("pptx", "export.format.pptx"),
    PDF("pdf", "export.format.pdf"),
    SVG("svg", "export.format.svg"),
    HTML("html", "export.format.html"),
    MERMAID("mmd", "export.format.mermaid");

    private final String extension;
    /** The key of its name in the bundles. */
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The file name ending, without the dot. */
    public String extension() {
        return extension;
    }

    /** The name the command line takes ({@code export --format mermaid}): the constant's, in lower case. */
    public String commandLineName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format's name in the interface language, e.g. "PNG image". */
    public String label() {
        return Messages.get(label);
    }
}
