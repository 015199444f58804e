package org.journeycanvas.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.journeycanvas.export.vector.VectorFonts;
import org.junit.jupiter.api.Test;

/** The embedded font loses its ligature rules, which cost more than the rest of a PDF, and nothing else. */
class FontTablesTest {
    @Test
    void theFontWithoutGlyphSubstitutionStillEncodesEveryLetter() throws Exception {
        byte[] original = VectorFonts.fontFile(false);
        byte[] stripped = FontTables.withoutGlyphSubstitution(original);
        try (PDDocument document = new PDDocument()) {
            PDType0Font before = PDType0Font.load(document, new ByteArrayInputStream(original), true);
            PDType0Font after = PDType0Font.load(document, new ByteArrayInputStream(stripped), true);
            assertThat(before.getGsubData()).as("the font had the table").isNotEqualTo(GsubData.NO_DATA_FOUND);
            assertThat(after.getGsubData()).isEqualTo(GsubData.NO_DATA_FOUND);
            String text = "Office fit, naïve café – 42 € “quoted”";
            assertThat(after.encode(text)).isEqualTo(before.encode(text));
            assertThat(after.getStringWidth(text)).isEqualTo(before.getStringWidth(text));
        }
        assertThat(stripped).hasSameSizeAs(original);
    }
}
