package org.journeycanvas.io.mermaid;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters Mermaid treats specially, shared by the reader and the writer. Mermaid replaces every entity code
 * {@code #name;} or {@code #123;} before its lexer runs and puts it back as an HTML entity after drawing (its
 * {@code encodeEntities}), so an entity is how a text carries a {@code :}, {@code #} or {@code ;} that the journey
 * lexer would otherwise cut at. A zero-width space at the start of a text is the writer's escape for a text that
 * the lexer would read as a keyword, or that is empty: it is invisible in the drawing and the reader drops it.
 */
final class MermaidText {
    static final char ESCAPE = '\u200B';

    /** JavaScript's {@code \\s} as a regular-expression class: Mermaid's lexer is JavaScript. */
    static final String SPACE = "[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";

    /** Mermaid's entity code, as its {@code encodeEntities} finds it: {@code #}, word characters, {@code ;}. */
    private static final Pattern ENTITY = Pattern.compile("#(\\w+);");

    private static final Pattern PROTECTED = Pattern.compile("\uE000(\\w+)\uE001");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    /** What the journey lexer reads as a keyword at the start of a task line (its rules are case-insensitive). */
    private static final Pattern KEYWORD = Pattern.compile(
            "^(journey(?![A-Za-z0-9_])|title" + SPACE + "|section" + SPACE + "|acctitle" + SPACE + "*:|accdescr" + SPACE
                    + "*[:{])",
            Pattern.CASE_INSENSITIVE);

    private MermaidText() {}

    /** JavaScript's {@code \s}, which the lexer skips between tokens. */
    static boolean isSpace(char c) {
        return c == ' '
                || (c >= '\t' && c <= '\r')
                || c == '\u00A0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000'
                || c == '\uFEFF';
    }

    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static String stripLeading(String text) {
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }

    /** Entity codes hidden from the line's syntax (as Mermaid hides them), for {@link #decode} to bring back. */
    static String protect(String line) {
        return ENTITY.matcher(line).replaceAll("\uE000$1\uE001");
    }

    /** A protected text as the drawing shows it: entities decoded, {@code <br>} a line break, no escape. */
    static String decode(String text) {
        String unescaped = text.startsWith(String.valueOf(ESCAPE)) ? text.substring(1) : text;
        Matcher matcher = PROTECTED.matcher(BREAK.matcher(unescaped).replaceAll("\n"));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(entity(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            try {
                int code = Integer.parseInt(name);
                if (Character.isValidCodePoint(code)) {
                    return new String(Character.toChars(code));
                }
            } catch (NumberFormatException tooLong) {
                // falls through: kept as written
            }
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "quot" -> "\"";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            case "colon" -> ":";
            case "semi" -> ";";
            case "num" -> "#";
            case "comma" -> ",";
            case "percnt" -> "%";
            default -> "#" + name + ";";
        };
    }

    /**
     * A text for one line of Mermaid: characters the lexer cuts at become entity codes ({@code :} ends a task
     * name, {@code #} starts a comment, {@code ;} is refused, {@code %%} may start a comment or a directive),
     * line breaks become {@code <br>} (which Mermaid draws as a line break) or spaces, and a text that would
     * start with a keyword or is empty gets the invisible escape.
     */
    static String encode(String text, boolean breaks, boolean commas) {
        String cleaned = strip(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            switch (c) {
                case ':' -> out.append("#58;");
                case '#' -> out.append("#35;");
                case ';' -> out.append("#59;");
                case '%' -> out.append(i + 1 < cleaned.length() && cleaned.charAt(i + 1) == '%' ? "#37;" : "%");
                case ',' -> out.append(commas ? "#44;" : ",");
                case '<' -> out.append(startsBreak(cleaned, i) ? "#60;" : "<");
                case '\r' -> {}
                case '\n' -> out.append(breaks ? "<br>" : " ");
                case ESCAPE -> out.append(i == 0 ? "#8203;" : String.valueOf(ESCAPE));
                default -> out.append(c);
            }
        }
        String encoded = out.toString();
        if (encoded.isEmpty() || KEYWORD.matcher(encoded).find()) {
            return ESCAPE + encoded;
        }
        return encoded;
    }

    private static boolean startsBreak(String text, int at) {
        return BREAK.matcher(text.substring(at)).lookingAt();
    }
}
