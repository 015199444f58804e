package org.journeycanvas.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Breaks text into lines that fit a width, at spaces where it can and inside a word where it must. Word widths
 * are measured once and remembered, so laying out a large map again after an edit is cheap; so is where a word
 * too long for its line breaks, which takes a break iterator and a measure per letter (narrow emotion labels
 * break many words). Laying out allocates little per card: a large map's layout keeps its result alive while it
 * is made, so each garbage collection it causes copies more the larger the map.
 */
public final class TextWrapper {
    private static final String ELLIPSIS = "…";
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final TextMeasurer measurer;
    private final Map<TextStyle, Map<String, Double>> widths = new EnumMap<>(TextStyle.class);
    /** Where each word too long for a line was broken, by style and line width. */
    private final Map<WordBreak, Integer> breaks = new HashMap<>();

    private BreakIterator lineBreaks;
    private BreakIterator thaiLineBreaks;
    private BreakIterator letters;

    public TextWrapper(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** Lines of the text no wider than {@code maxWidth}; at most {@code maxLines}, the last ending in "…" if cut. */
    public List<String> wrap(String text, double maxWidth, TextStyle style, int maxLines) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : displayable(text).split("\n", -1)) {
            wrapParagraph(paragraph, maxWidth, style, lines);
            if (lines.size() > maxLines) {
                break;
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() && lines.size() > 1) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), maxWidth, style));
            return kept;
        }
        return lines;
    }

    public double width(String text, TextStyle style) {
        // get, then put: computeIfAbsent would allocate a lambda for every word
        Map<String, Double> ofStyle = widths.get(style);
        if (ofStyle == null) {
            ofStyle = new HashMap<>();
            widths.put(style, ofStyle);
        }
        Double width = ofStyle.get(text);
        if (width == null) {
            width = measurer.width(text, style);
            ofStyle.put(text, width);
        }
        return width;
    }

    /**
     * Greedy: each word on the line if it fits, else on a new line (broken if longer than a line); runs of spaces
     * count as one. Walks the paragraph instead of splitting it, and gives a line that stands in the paragraph
     * with single spaces as a substring of it (the paragraph itself when it fits on one line): wrapping a map's
     * texts made most of what its layout allocates.
     */
    private void wrapParagraph(String paragraph, double maxWidth, TextStyle style, List<String> lines) {
        double spaceWidth = width(" ", style);
        Line line = new Line(paragraph);
        int length = paragraph.length();
        for (int start = 0; start < length; start++) {
            int end = paragraph.indexOf(' ', start);
            end = end < 0 ? length : end;
            if (end == start) {
                continue;
            }
            String word = paragraph.substring(start, end);
            double wordWidth = width(word, style);
            double needed = line.isEmpty() ? wordWidth : line.width + spaceWidth + wordWidth;
            if (needed <= maxWidth) {
                line.add(start, end, needed);
            } else {
                if (!line.isEmpty()) {
                    lines.add(line.take());
                }
                String rest = word;
                int restStart = start;
                while (width(rest, style) > maxWidth && rest.length() > 1) {
                    int fit = rememberedBreak(rest, maxWidth, style);
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                    restStart += fit;
                }
                if (restStart < end) {
                    // A character wider than the line and written with two chars (an emoji) leaves nothing.
                    line.add(restStart, end, width(rest, style));
                }
            }
            start = end;
        }
        lines.add(line.take());
    }

    /**
     * The line being filled: the span of the paragraph from its first word to its last while they stand there one
     * space apart, else a copy joined with single spaces.
     */
    private static final class Line {
        private final String paragraph;
        private int start = -1;
        private int end;
        private StringBuilder joined;
        private double width;

        Line(String paragraph) {
            this.paragraph = paragraph;
        }

        boolean isEmpty() {
            return start < 0;
        }

        void add(int wordStart, int wordEnd, double newWidth) {
            if (start < 0) {
                start = wordStart;
            } else if (joined != null || wordStart != end + 1) {
                if (joined == null) {
                    joined = new StringBuilder().append(paragraph, start, end);
                }
                joined.append(' ').append(paragraph, wordStart, wordEnd);
            }
            end = wordEnd;
            width = newWidth;
        }

        /** The line's text, and an empty line to fill next. */
        String take() {
            String text = joined != null ? joined.toString() : start < 0 ? "" : paragraph.substring(start, end);
            start = -1;
            joined = null;
            width = 0;
            return text;
        }
    }

    private int rememberedBreak(String word, double maxWidth, TextStyle style) {
        WordBreak key = new WordBreak(word, maxWidth, style);
        Integer fit = breaks.get(key);
        if (fit == null) {
            fit = longestPrefixThatFits(word, maxWidth, style);
            breaks.put(key, fit);
        }
        return fit;
    }

    /**
     * Where to break a word too long for a line: at the last break the language allows that fits (after a hyphen,
     * between Thai words or Chinese characters), else after the last whole letter that fits (never between a
     * letter and its marks); at least one letter.
     */
    private int longestPrefixThatFits(String word, double maxWidth, TextStyle style) {
        int fit = longestCharsThatFit(word, maxWidth, style);
        if (fit >= word.length()) {
            return word.length();
        }
        // Thai words are found with a dictionary, which Java applies only when asked for Thai.
        boolean thai = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
        BreakIterator lines = lineBreaks(thai);
        lines.setText(word);
        int boundary = lines.preceding(fit + 1);
        if (boundary > 0) {
            return boundary;
        }
        if (letters == null) {
            letters = BreakIterator.getCharacterInstance();
        }
        letters.setText(word);
        boundary = letters.preceding(fit + 1);
        return boundary > 0 ? boundary : letters.following(0);
    }

    /** The line break iterator for Thai or for everything else, made once (making one loads its rules). */
    private BreakIterator lineBreaks(boolean thai) {
        if (thai) {
            if (thaiLineBreaks == null) {
                thaiLineBreaks = BreakIterator.getLineInstance(THAI);
            }
            return thaiLineBreaks;
        }
        if (lineBreaks == null) {
            lineBreaks = BreakIterator.getLineInstance(Locale.ROOT);
        }
        return lineBreaks;
    }

    /** How many chars of the word fit on a line: at least one character, never half of a surrogate pair. */
    private int longestCharsThatFit(String word, double maxWidth, TextStyle style) {
        int fit = Character.isHighSurrogate(word.charAt(0)) ? 2 : 1;
        for (int end = fit + 1; end <= word.length(); end++) {
            if (Character.isHighSurrogate(word.charAt(end - 1)) && end < word.length()) {
                continue;
            }
            if (measurer.width(word.substring(0, end), style) > maxWidth) {
                break;
            }
            fit = end;
        }
        return Math.min(fit, word.length());
    }

    private String withEllipsis(String line, double maxWidth, TextStyle style) {
        String cut = line;
        while (!cut.isEmpty() && measurer.width(cut + ELLIPSIS, style) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + ELLIPSIS;
    }

    /** Tabs and control characters would draw as boxes; show them as spaces. */
    private static String displayable(String text) {
        if (allDisplayable(text)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            shown.append(c != '\n' && Character.isISOControl(c) ? ' ' : c);
        }
        return shown.toString();
    }

    private static boolean allDisplayable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c != '\n' && Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** A word too long for its line, in a style, at a line width: where it breaks depends on nothing else. */
    private record WordBreak(String word, double maxWidth, TextStyle style) {}
}
