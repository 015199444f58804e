package org.journeycanvas.export.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgNumbersTest {
    @Test
    void numbersAreShortWithAPointInEveryLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertThat(SvgNumbers.format(12)).isEqualTo("12");
            assertThat(SvgNumbers.format(12.5)).isEqualTo("12.5");
            assertThat(SvgNumbers.format(0.125)).isEqualTo("0.13");
            assertThat(SvgNumbers.format(-0.5)).isEqualTo("-0.5");
            assertThat(SvgNumbers.format(-0.001)).isEqualTo("0");
            assertThat(SvgNumbers.format(1e-9)).isEqualTo("0");
            assertThat(SvgNumbers.format(Double.NaN)).isEqualTo("0");
            assertThat(SvgNumbers.appendPrecise(new StringBuilder(), 0.3333333).toString())
                    .isEqualTo("0.333333");
        } finally {
            Locale.setDefault(before);
        }
    }
}
