package org.journeycanvas.io;

/**
 * Where a value is in a map file ({@code map.personas[0].lanes[1].cards[3]}), spelled out only when a message
 * needs it: reading a valid file builds none of these strings.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String field;
    private final int index;

    private JsonPath(JsonPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    JsonPath field(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int position) {
        return new JsonPath(this, null, position);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String before = parent.toString();
        if (field == null) {
            return before + "[" + index + "]";
        }
        return before.isEmpty() ? field : before + "." + field;
    }
}
