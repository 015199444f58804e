package org.journeycanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.journeycanvas.i18n.Messages;

/** The field rules the records share; each failure names the field by its name in the file. */
final class Invariants {
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private Invariants() {}

    static String id(String value, String field) {
        if (value == null) {
            throw new MapInvariantException(field, Messages.get("model.id.required"));
        }
        if (!isId(value)) {
            throw new MapInvariantException(field, Messages.get("model.id.invalid", value));
        }
        return value;
    }

    /** 1 to 64 letters, digits, '-' or '_'; checked by hand since every id of every map goes through here. */
    private static boolean isId(String value) {
        int length = value.length();
        if (length == 0 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed =
                    c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text, with any lone UTF-16 surrogate replaced by U+FFFD: such a character cannot be written as UTF-8, so
     * a map holding one would change when saved. (Files and pastes can carry them; typing cannot.)
     */
    static String text(String value, String field) {
        if (value == null) {
            throw new MapInvariantException(field, Messages.get("model.text.required"));
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                return withoutLoneSurrogates(value);
            }
        }
        return value;
    }

    private static String withoutLoneSurrogates(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                clean.append(c).append(value.charAt(++i));
            } else {
                clean.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return clean.toString();
    }

    static String colorOrNull(String value, String field) {
        if (value != null && !HEX_COLOR.matcher(value).matches()) {
            throw new MapInvariantException(field, Messages.get("model.color.invalid", value));
        }
        return value;
    }

    static void pictureOrNull(String value, String field) {
        if (value != null && !PhotoUri.isPhoto(value)) {
            throw new MapInvariantException(field, Messages.get("model.picture.invalid"));
        }
    }

    static String photoOrNull(String value, String field) {
        if (value != null && !PhotoUri.isPhoto(value)) {
            throw new MapInvariantException(field, Messages.get("model.photo.invalid"));
        }
        return value;
    }

    static List<String> texts(List<String> values, String field) {
        if (values == null) {
            throw new MapInvariantException(field, Messages.get("model.list.required"));
        }
        List<String> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(text(values.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(copy);
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            throw new MapInvariantException(field, Messages.get("model.list.required"));
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new MapInvariantException(field + "[" + i + "]", Messages.get("model.list.null"));
            }
        }
        return List.copyOf(values);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new MapInvariantException(field, Messages.get("model.value.required"));
        }
        return value;
    }
}
