package org.journeycanvas.io.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeycanvas.i18n.Messages;

/**
 * Reads Mermaid's {@code journey} text line by line, accepting what Mermaid's own grammar accepts
 * ({@code packages/mermaid/src/diagrams/user-journey/parser/journey.jison} and {@code journeyDb}). No Java library
 * parses Mermaid, and the journey grammar is line-shaped, so a hand-written reader follows its lexer rules:
 *
 * <ul>
 *   <li>{@code "journey"}, in lower case as Mermaid's detector wants it, starts the text (blank lines, {@code %%} comments, YAML front matter and a Markdown fence
 *       may come before it, as Mermaid strips them before parsing); nothing else may follow it on its line.
 *   <li>Rules are case-insensitive, and a keyword ending in a letter must end a word (Jison adds {@code \b}); whitespace ({@code \s+}) before a statement is skipped, so indentation is free.
 *   <li>{@code %%(?!\{)[^\n]*} and {@code [^\}]%%[^\n]*} are comments where a statement starts; {@code #[^\n]*} is a
 *       comment anywhere outside an {@code acc…} value (the issue speaks of {@code #} comments; the grammar agrees).
 *       Entity codes such as {@code #58;} are not comments: Mermaid replaces them before its lexer runs.
 *   <li>{@code "title"\s[^#\n;]+}; {@code accTitle\s*":"\s*} and {@code accDescr\s*":"\s*} take the rest of the
 *       line; {@code accDescr\s*"{"} takes everything up to the next {@code }}, over several lines.
 *   <li>{@code "section"\s[^#:\n;]+}: a section name cannot hold {@code :}.
 *   <li>A task is {@code [^#:\n;]+} then {@code ":"[^#\n;]+}; {@code journeyDb.addTask} splits the data at
 *       {@code :}: the score, then actors split at {@code ,} and trimmed. A third part is ignored, as Mermaid does.
 *       Mermaid takes any {@code Number(…)} as a score; the map needs 1 to 5 (the emotion curve is score − 3), so
 *       anything else is a problem here although Mermaid would draw it.
 *   <li>{@code ;} anywhere else is Mermaid's {@code INVALID} token, a problem here too.
 * </ul>
 */
final class MermaidJourneyParser {
    private static final String S = MermaidText.SPACE;
    /** Jison ends a quoted keyword that ends in a letter with {@code \b}: "journeyman" is a task name. */
    private static final Pattern JOURNEY = Pattern.compile("journey(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);

    /** Mermaid's detector ({@code journeyDetector.ts}: {@code /^\s*journey/}) is case-sensitive. */
    private static final Pattern HEADER = Pattern.compile("journey");

    private static final Pattern TITLE = Pattern.compile("title" + S, Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION = Pattern.compile("section" + S, Pattern.CASE_INSENSITIVE);
    private static final Pattern ACC_TITLE = Pattern.compile("acctitle" + S + "*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACC_DESCR = Pattern.compile("accdescr" + S + "*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACC_DESCR_BLOCK = Pattern.compile("accdescr" + S + "*\\{", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRONT_TITLE = Pattern.compile("title" + S + "*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCORE = Pattern.compile("[0-9]{1,9}");

    private final String[] lines;
    private final List<MermaidProblem> problems = new ArrayList<>();
    private final List<ParsedJourney.Section> sections = new ArrayList<>();
    private String title;
    private String accTitle;
    private String accDescr;

    private MermaidJourneyParser(String text) {
        lines = text.split("\r\n|\r|\n", -1);
    }

    static ParsedJourney parse(String text) throws MermaidFormatException {
        return new MermaidJourneyParser(text).run();
    }

    /** Whether the text is meant as a Mermaid journey: its first statement is {@code journey}. */
    static boolean isJourney(String text) {
        MermaidJourneyParser parser = new MermaidJourneyParser(text);
        int header = parser.header();
        if (header >= parser.lines.length || !isJourneyLine(parser.lines[header])) {
            return false;
        }
        // Mermaid reads "journeys are long" as the keyword too; a paste of such a line is text, not a diagram.
        String rest =
                MermaidText.strip(MermaidText.stripLeading(parser.lines[header]).substring("journey".length()));
        return rest.isEmpty() || rest.startsWith("#") || rest.startsWith("%%");
    }

    private static boolean isJourneyLine(String line) {
        return HEADER.matcher(MermaidText.stripLeading(line)).lookingAt();
    }

    private ParsedJourney run() throws MermaidFormatException {
        int header = header();
        if (header >= lines.length) {
            throw new MermaidFormatException(List.of(MermaidProblem.at(1, "", Messages.get("import.mermaid.empty"))));
        }
        String first = MermaidText.stripLeading(lines[header]);
        if (!isJourneyLine(first)) {
            throw new MermaidFormatException(
                    List.of(MermaidProblem.at(header + 1, first, Messages.get("import.mermaid.notJourney"))));
        }
        String rest = MermaidText.strip(first.substring("journey".length()));
        if (!rest.isEmpty() && !rest.startsWith("#") && !rest.startsWith("%%")) {
            problem(header, Messages.get("import.mermaid.afterKeyword"));
        }
        boolean fenced = header > 0 && isFence(lines, header);
        for (int n = header + 1; n < lines.length; n++) {
            String line = MermaidText.stripLeading(lines[n]);
            if (fenced && (line.startsWith("```") || line.startsWith("~~~"))) {
                break;
            }
            Matcher block = ACC_DESCR_BLOCK.matcher(line);
            if (block.lookingAt() && !isComment(line)) {
                n = descriptionBlock(n, line.substring(block.end()));
            } else {
                statement(n, line);
            }
        }
        if (!problems.isEmpty()) {
            throw new MermaidFormatException(problems);
        }
        return new ParsedJourney(title, accTitle, accDescr, List.copyOf(sections));
    }

    /** The index of the {@code journey} line: after blank lines, comments, front matter and a fence. */
    private int header() {
        int n = 0;
        while (n < lines.length) {
            String line = MermaidText.strip(lines[n]);
            if (line.equals("---") && title == null) {
                n = frontMatter(n);
            } else if (line.isEmpty() || line.startsWith("%%") || line.startsWith("```") || line.startsWith("~~~")) {
                n++;
            } else {
                return n;
            }
        }
        return n;
    }

    private int frontMatter(int open) {
        for (int n = open + 1; n < lines.length; n++) {
            String line = MermaidText.strip(lines[n]);
            if (line.equals("---")) {
                return n + 1;
            }
            Matcher matcher = FRONT_TITLE.matcher(line);
            if (matcher.matches()) {
                title = unquote(MermaidText.strip(matcher.group(1)));
            }
        }
        problems.add(MermaidProblem.at(open + 1, lines[open], Messages.get("import.mermaid.frontMatter")));
        return lines.length;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static boolean isFence(String[] lines, int header) {
        for (int n = header - 1; n >= 0; n--) {
            String line = MermaidText.strip(lines[n]);
            if (line.startsWith("```") || line.startsWith("~~~")) {
                return true;
            }
        }
        return false;
    }

    /** {@code accDescr { … }}: up to the next closing brace; what follows it on its line is read as a statement. */
    private int descriptionBlock(int open, String afterBrace) {
        StringBuilder value = new StringBuilder();
        String rest = afterBrace;
        int n = open;
        int close = rest.indexOf('}');
        while (close < 0 && n + 1 < lines.length) {
            value.append(rest).append('\n');
            n++;
            rest = lines[n];
            close = rest.indexOf('}');
        }
        if (close < 0) {
            problem(open, Messages.get("import.mermaid.unclosed"));
            return lines.length;
        }
        value.append(rest, 0, close);
        accDescr = MermaidText.decode(MermaidText.protect(dedent(MermaidText.strip(value.toString()))));
        statement(n, MermaidText.stripLeading(rest.substring(close + 1)));
        return n;
    }

    /**
     * Mermaid only trims the description; this also takes away the indentation its lines share after the first,
     * which is the diagram's indentation, not the text's (an accessible description is read, not laid out).
     */
    private static String dedent(String value) {
        String[] parts = value.split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (!MermaidText.strip(part).isEmpty()) {
                common = Math.min(
                        common, part.length() - MermaidText.stripLeading(part).length());
            }
        }
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            out.append('\n').append(MermaidText.strip(part).isEmpty() ? "" : part.substring(common));
        }
        return out.toString();
    }

    /** Lexer rules 1 and 2: {@code %%} where a statement starts, or after one character that is not a brace. */
    private static boolean isComment(String line) {
        return line.startsWith("%%") || line.length() >= 3 && line.charAt(0) != '}' && line.startsWith("%%", 1);
    }

    private void statement(int n, String line) {
        if (line.isEmpty() || isComment(line)) {
            return;
        }
        Matcher acc = ACC_TITLE.matcher(line);
        if (acc.lookingAt()) {
            accTitle = MermaidText.decode(MermaidText.protect(MermaidText.strip(line.substring(acc.end()))));
            return;
        }
        acc = ACC_DESCR.matcher(line);
        if (acc.lookingAt()) {
            accDescr = MermaidText.decode(MermaidText.protect(MermaidText.strip(line.substring(acc.end()))));
            return;
        }
        String code = MermaidText.protect(line);
        int hash = code.indexOf('#');
        code = MermaidText.strip(hash < 0 ? code : code.substring(0, hash));
        if (code.isEmpty()) {
            return;
        }
        if (code.indexOf(';') >= 0) {
            problem(n, Messages.get("import.mermaid.semicolon"));
        } else if (JOURNEY.matcher(code).lookingAt()) {
            problem(n, Messages.get("import.mermaid.journeyAgain"));
        } else if (TITLE.matcher(code).lookingAt()) {
            title = MermaidText.decode(MermaidText.strip(code.substring("title".length())));
        } else if (code.equalsIgnoreCase("section")) {
            problem(n, Messages.get("import.mermaid.sectionName"));
        } else if (SECTION.matcher(code).lookingAt()) {
            section(n, code.substring("section".length()));
        } else {
            task(n, code);
        }
    }

    private void section(int n, String name) {
        if (name.indexOf(':') >= 0) {
            problem(n, Messages.get("import.mermaid.sectionColon"));
        } else if (MermaidText.strip(name).isEmpty()) {
            problem(n, Messages.get("import.mermaid.sectionName"));
        } else {
            sections.add(new ParsedJourney.Section(MermaidText.decode(MermaidText.strip(name)), new ArrayList<>()));
        }
    }

    private void task(int n, String code) {
        int colon = code.indexOf(':');
        if (colon < 0) {
            problem(n, Messages.get("import.mermaid.notTask"));
            return;
        }
        String name = MermaidText.strip(code.substring(0, colon));
        if (name.isEmpty()) {
            problem(n, Messages.get("import.mermaid.taskName"));
            return;
        }
        String[] pieces = code.substring(colon + 1).split(":", -1);
        String scoreText = MermaidText.strip(pieces[0]);
        int score = SCORE.matcher(scoreText).matches() ? Integer.parseInt(scoreText) : 0;
        if (score < 1 || score > 5) {
            problem(n, Messages.get("import.mermaid.score"));
            return;
        }
        List<String> actors = new ArrayList<>();
        if (pieces.length > 1) {
            for (String actor : pieces[1].split(",", -1)) {
                String decoded = MermaidText.decode(MermaidText.strip(actor));
                if (!MermaidText.strip(decoded).isEmpty() && !actors.contains(decoded)) {
                    actors.add(decoded);
                }
            }
        }
        if (sections.isEmpty()) {
            sections.add(new ParsedJourney.Section(null, new ArrayList<>()));
        }
        sections.get(sections.size() - 1)
                .tasks()
                .add(new ParsedJourney.Task(n + 1, MermaidText.decode(name), score, List.copyOf(actors)));
    }

    private void problem(int n, String message) {
        problems.add(MermaidProblem.at(n + 1, lines[n], message));
    }
}
