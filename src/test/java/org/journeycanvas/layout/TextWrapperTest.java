package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWrapperTest {
    /** Every character is 10 units wide. */
    private final TextWrapper wrapper = new TextWrapper((text, style) -> text.length() * 10.0);

    @Test
    void shortTextStaysOnOneLine() {
        assertThat(wrapper.wrap("Demo call", 200, TextStyle.CARD, 5)).containsExactly("Demo call");
    }

    @Test
    void wrapsAtSpaces() {
        assertThat(wrapper.wrap("Reads the analyst report twice", 120, TextStyle.CARD, 5))
                .containsExactly("Reads the", "analyst", "report twice");
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        assertThat(wrapper.wrap("Supercalifragilistic", 80, TextStyle.CARD, 5))
                .containsExactly("Supercal", "ifragili", "stic");
    }

    @Test
    void breaksALongWordWhereTheLanguageAllows() {
        // Thai is written without spaces: the break falls between its words, not inside one.
        assertThat(wrapper.wrap("ลูกค้าเปรียบเทียบราคา", 140, TextStyle.CARD, 5))
                .containsExactly("ลูกค้า", "เปรียบเทียบ", "ราคา");
        assertThat(wrapper.wrap("first-response-time", 120, TextStyle.CARD, 5))
                .containsExactly("first-", "response-", "time");
    }

    @Test
    void neverSeparatesALetterFromItsMarks() {
        // "ที่" is a consonant with two marks: three chars, one letter; it moves to the next line whole.
        assertThat(wrapper.wrap("ก" + "ที่", 20, TextStyle.CARD, 5)).containsExactly("ก", "ที่");
    }

    @Test
    void keepsLineBreaksAndDropsTrailingEmptyLines() {
        assertThat(wrapper.wrap("First\nSecond\n\n", 200, TextStyle.CARD, 5)).containsExactly("First", "Second");
        assertThat(wrapper.wrap("", 200, TextStyle.CARD, 5)).containsExactly("");
    }

    @Test
    void cutsTooManyLinesWithAnEllipsis() {
        assertThat(wrapper.wrap("one two three four five", 50, TextStyle.CARD, 2))
                .containsExactly("one", "two…");
    }

    @Test
    void neverSplitsAnEmojiInHalf() {
        assertThat(wrapper.wrap("😀😀😀", 25, TextStyle.CARD, 9)).containsExactly("😀", "😀", "😀");
    }

    @Test
    void aCharacterWiderThanTheLineTakesALineOfItsOwnAndTheNextWordStartsTheNext() {
        // An emoji is two chars: 20 units against a line of 15, broken after it with nothing left over.
        assertThat(wrapper.wrap("😀 a", 15, TextStyle.CARD, 9)).containsExactly("😀", "a");
        assertThat(wrapper.wrap("ab 😀 c", 15, TextStyle.CARD, 9)).containsExactly("a", "b", "😀", "c");
    }

    @Test
    void controlCharactersShowAsSpaces() {
        assertThat(wrapper.wrap("a\tb\u0000c\r\nd", 200, TextStyle.CARD, 5)).containsExactly("a b c", "d");
    }
}
