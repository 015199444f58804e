package org.journeycanvas.export.pages;

import java.util.Locale;
import java.util.Optional;

/** Paper sizes, in points (1/72 inch), portrait. The A0 to A2 sizes make wall posters. */
public enum Paper {
    A4(595.28, 841.89),
    A3(841.89, 1190.55),
    LETTER(612, 792),
    TABLOID(792, 1224),
    A2(1190.55, 1683.78),
    A1(1683.78, 2383.94),
    A0(2383.94, 3370.39);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width(boolean landscape) {
        return landscape ? height : width;
    }

    public double height(boolean landscape) {
        return landscape ? width : height;
    }

    /** A poster holds the whole map on one sheet, scaled to fill it, instead of pages that continue. */
    public boolean poster() {
        return this == A2 || this == A1 || this == A0;
    }

    /** Sheets that an office printer takes, for a poster tiled over several of them. */
    public boolean officeSheet() {
        return this == A4 || this == A3 || this == LETTER || this == TABLOID;
    }

    /** The name the command line takes: "a4", "letter". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Paper> fromKey(String key) {
        for (Paper paper : values()) {
            if (paper.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
