package org.journeycanvas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalNumbersTest {
    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void englishGroupsWithCommas() {
        assertThat(LocalNumbers.whole(12_400)).isEqualTo("12,400");
        assertThat(LocalNumbers.decimal(61.54, 1)).isEqualTo("61.5");
        assertThat(LocalNumbers.decimal(62.0, 1)).isEqualTo("62");
        assertThat(LocalNumbers.decimal(-12, 1)).isEqualTo("−12");
        assertThat(LocalNumbers.parse("12,400").getAsDouble()).isEqualTo(12_400);
        assertThat(LocalNumbers.parse(" 61.5 % ").getAsDouble()).isEqualTo(61.5);
        assertThat(LocalNumbers.parse("−12").getAsDouble()).isEqualTo(-12);
    }

    @Test
    void germanAndFrenchWriteTheirWay() {
        Messages.use(Locale.GERMAN);
        assertThat(LocalNumbers.whole(12_400)).isEqualTo("12.400");
        assertThat(LocalNumbers.parse("61,5").getAsDouble()).isEqualTo(61.5);
        assertThat(LocalNumbers.parse("12.400").getAsDouble()).isEqualTo(12_400);

        Messages.use(Locale.FRENCH);
        assertThat(LocalNumbers.parse("12 400").getAsDouble()).isEqualTo(12_400);
        assertThat(LocalNumbers.parse("12\u202F400,5").getAsDouble()).isEqualTo(12_400.5);
        assertThat(LocalNumbers.decimal(61.5, 1)).isEqualTo("61,5");
    }

    @Test
    void whatIsNotOneNumberIsNothing() {
        for (String wrong : new String[] {"", "  ", "12x", "abc", "1.2.3", "62 % more"}) {
            assertThat(LocalNumbers.parse(wrong)).as(wrong).isEmpty();
        }
    }
}
