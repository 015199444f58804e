package org.journeycanvas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a JSON path ({@code map.personas[0].lanes[1].cards[3].stage}) stands in a file's bytes. Only
 * called when something is wrong, so reading a good file costs nothing extra. When the path itself is not in
 * the file (a missing field), the place of its nearest ancestor is given.
 */
final class JsonLocator {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final JsonFactory factory;

    JsonLocator(JsonFactory factory) {
        this.factory = factory;
    }

    /** The line and column (both 1-based) of the value at the path, or of its nearest ancestor found. */
    Optional<Place> locate(byte[] json, String path) {
        List<String> prefixes = pointerPrefixes(path);
        Place deepest = null;
        int deepestLevel = -1;
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context =
                        token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                String pointer = context.pathAsPointer().toString();
                int level = prefixes.indexOf(pointer);
                if (level > deepestLevel) {
                    JsonLocation location = parser.currentTokenLocation();
                    deepest = new Place(location.getLineNr(), location.getColumnNr());
                    deepestLevel = level;
                    if (level == prefixes.size() - 1) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // The file was parsed once already; if it now fails, the place found so far is the best there is.
        }
        return Optional.ofNullable(deepest);
    }

    /** "a.b[2]" gives the JSON pointers "", "/a", "/a/b", "/a/b/2". */
    private static List<String> pointerPrefixes(String path) {
        List<String> prefixes = new ArrayList<>();
        StringBuilder pointer = new StringBuilder();
        prefixes.add("");
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find()) {
            String segment = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            prefixes.add(pointer.toString());
        }
        return prefixes;
    }

    record Place(int line, int column) {}
}
