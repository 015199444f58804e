package org.journeycanvas.io.mermaid;

import java.util.List;

/**
 * A Mermaid journey as its grammar reads it, before it becomes a map.
 *
 * @param title    the {@code title} (or the front matter's), or null
 * @param accTitle the {@code accTitle}, or null
 * @param accDescr the {@code accDescr}, single-line or in braces, or null
 * @param sections in order; the first has a null name when tasks come before any {@code section}
 */
record ParsedJourney(String title, String accTitle, String accDescr, List<Section> sections) {
    /** A {@code section} and its tasks. */
    record Section(String name, List<Task> tasks) {}

    /** A task line: {@code text: score: actor, actor}; no actors when the line names none. */
    record Task(int line, String text, int score, List<String> actors) {}
}
