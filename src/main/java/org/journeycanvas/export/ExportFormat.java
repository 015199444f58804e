package org.journeycanvas.export;

/** The formats a map exports to. */
public enum ExportFormat {
    PNG("png", "PNG image"),
    XLSX("xlsx", "Excel workbook"),
    PPTX("pptx", "PowerPoint slides");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The file name ending, without the dot, which is also the name the command line takes. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }
}
