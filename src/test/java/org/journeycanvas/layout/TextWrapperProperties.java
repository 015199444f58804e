package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TextWrapperProperties {
    /** Every character is 10 units wide. */
    private final TextWrapper wrapper = new TextWrapper((text, style) -> text.length() * 10.0);

    /**
     * Lines as a greedy wrap makes them from the words between spaces (runs of spaces count as one): a word joins
     * the line if the line stays within the width, else starts the next; a word wider than a line is cut into
     * lines of as many letters as fit.
     */
    @Property(tries = 1000)
    void linesAreTheGreedyWrapOfTheWords(
            @ForAll("paragraphs") String paragraph, @ForAll @IntRange(min = 1, max = 30) int lettersWide) {
        double width = lettersWide * 10;
        assertThat(wrapper.wrap(paragraph, width, TextStyle.CARD, Integer.MAX_VALUE))
                .isEqualTo(greedy(paragraph, lettersWide));
    }

    @Property(tries = 200)
    void aLineThatStandsInTheTextIsNotCopied(@ForAll("paragraphs") String paragraph) {
        // The paragraph itself, when it fits on one line as it is.
        List<String> lines = wrapper.wrap(paragraph, 10 * paragraph.length(), TextStyle.CARD, 1);
        if (!paragraph.isBlank()
                && !paragraph.contains("  ")
                && paragraph.strip().equals(paragraph)) {
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).isSameAs(paragraph);
        }
    }

    @Provide
    Arbitrary<String> paragraphs() {
        Arbitrary<String> word =
                Arbitraries.strings().withChars("abcde").ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> spaces =
                Arbitraries.strings().withChars(' ').ofMinLength(1).ofMaxLength(3);
        return Arbitraries.oneOf(word, spaces).list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private static List<String> greedy(String paragraph, int lettersWide) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : paragraph.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.isEmpty() && word.length() <= lettersWide) {
                line = word;
            } else if (!line.isEmpty() && line.length() + 1 + word.length() <= lettersWide) {
                line = line + " " + word;
            } else {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                String rest = word;
                while (rest.length() > lettersWide && rest.length() > 1) {
                    lines.add(rest.substring(0, lettersWide));
                    rest = rest.substring(lettersWide);
                }
                line = rest;
            }
        }
        lines.add(line);
        return lines;
    }
}
