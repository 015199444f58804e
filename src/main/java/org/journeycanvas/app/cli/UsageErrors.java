package org.journeycanvas.app.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journeycanvas.i18n.Messages;

/**
 * picocli's usage errors in the interface language. picocli writes them in English only; the common ones are
 * recognised by their English wording and said again from the {@code cli.usage.*} keys, with the names and
 * values picocli quoted. Any other stays as picocli wrote it.
 */
final class UsageErrors {
    private record Rule(Pattern english, String key) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("Missing required parameter: (.+)"), "cli.usage.missingParameter"),
            new Rule(Pattern.compile("Missing required parameters: (.+)"), "cli.usage.missingParameters"),
            new Rule(Pattern.compile("Missing required option: (.+)"), "cli.usage.missingOption"),
            new Rule(Pattern.compile("Missing required options: (.+)"), "cli.usage.missingOptions"),
            new Rule(Pattern.compile("Unknown option: (.+)"), "cli.usage.unknownOption"),
            new Rule(Pattern.compile("Unknown options: (.+)"), "cli.usage.unknownOptions"),
            new Rule(Pattern.compile("Unmatched argument at index (\\d+): (.+)"), "cli.usage.unmatchedArgument"),
            new Rule(Pattern.compile("Unmatched arguments from index (\\d+): (.+)"), "cli.usage.unmatchedArguments"),
            new Rule(
                    Pattern.compile("Invalid value for option (\\S+): expected one of (.+) \\(case-insensitive\\) "
                            + "but was (.+)"),
                    "cli.usage.invalidChoice"),
            new Rule(
                    Pattern.compile("Invalid value for option (\\S+): (.+) is not an int"),
                    "cli.usage.notAWholeNumber"),
            new Rule(Pattern.compile("Invalid value for option (\\S+): (.+)"), "cli.usage.invalidValue"),
            new Rule(Pattern.compile("Expected parameter for option (\\S+) but found (.+)"), "cli.usage.noValue"),
            new Rule(Pattern.compile("Missing required parameter for option (\\S+) \\((.+)\\)"), "cli.usage.noValue"));

    private UsageErrors() {}

    /** picocli's message in the interface language, or as it is when it is not one of the common ones. */
    static String translated(String message) {
        if (message == null) {
            return "";
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.english().matcher(message);
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = matcher.group(i + 1);
                }
                return Messages.get(rule.key(), parts);
            }
        }
        return message;
    }
}
