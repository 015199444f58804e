package org.journeycanvas.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.mermaid.MermaidFormatException;
import org.journeycanvas.io.mermaid.MermaidJourneyReader;
import org.journeycanvas.io.mermaid.MermaidProblem;
import org.journeycanvas.model.JourneyMap;

/**
 * The Mermaid journey of a file: the whole of a {@code .mmd} or {@code .mermaid} file, or in Markdown ({@code
 * .md}) the first {@code ```mermaid} block that is a journey, as GitHub and GitLab draw them. Problems keep the
 * file's line numbers.
 */
final class MermaidFile {
    /** A journey is a few kilobytes; a file far larger is not one, and is not read into memory. */
    private static final long MAX_BYTES = 5_000_000;

    /** A Markdown fence that opens a Mermaid block: up to three spaces, three or more ` or ~, then "mermaid". */
    private static final Pattern OPENING = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*mermaid\\b.*$");

    private MermaidFile() {}

    static boolean isMarkdown(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".md");
    }

    static JourneyMap read(Path file) throws ImportInputException {
        String text = text(file);
        if (isMarkdown(file)) {
            text = journeyBlock(text, file);
        }
        try {
            return new MermaidJourneyReader().read(text);
        } catch (MermaidFormatException e) {
            List<MermaidProblem> problems = e.problems();
            throw new ImportInputException(
                    problems.stream().map(problem -> file + ": " + problem).toList());
        }
    }

    private static String text(Path file) throws ImportInputException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportInputException(file + ": " + Messages.get("cli.import.error.mermaidTooLarge"));
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ImportInputException(file + ": " + Messages.get("file.error.notFound"));
        } catch (CharacterCodingException e) {
            throw new ImportInputException(file + ": " + Messages.get("cli.import.error.notUtf8"));
        } catch (IOException e) {
            throw new ImportInputException(file + ": " + Messages.get("import.table.unreadable", e.getMessage()));
        }
    }

    /**
     * The first Mermaid block that is a journey, with every line outside it left empty, so that a problem's line
     * number is the Markdown file's.
     */
    private static String journeyBlock(String markdown, Path file) throws ImportInputException {
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        for (int start = 0; start < lines.length; start++) {
            Matcher opening = OPENING.matcher(lines[start]);
            if (!opening.matches()) {
                continue;
            }
            String fence = opening.group(1);
            StringBuilder block = new StringBuilder("\n".repeat(start + 1));
            int end = start + 1;
            while (end < lines.length && !isClosing(lines[end], fence)) {
                block.append(lines[end]).append('\n');
                end++;
            }
            if (MermaidJourneyReader.isJourney(block.toString())) {
                return block.toString();
            }
            start = end;
        }
        throw new ImportInputException(file + ": " + Messages.get("cli.import.error.noMermaidBlock"));
    }

    private static boolean isClosing(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length()
                && stripped.chars().allMatch(c -> c == fence.charAt(0))
                && line.indexOf(fence.charAt(0)) <= 3;
    }
}
