package org.journeycanvas.export.html;

import java.util.LinkedHashMap;
import java.util.Map;
import org.journeycanvas.i18n.Messages;

/**
 * The web page's own texts in the interface language, so a German user mails a German page. Patterns keep their
 * placeholders ({@code {0}}), which the script fills in.
 */
final class HtmlTexts {
    private HtmlTexts() {}

    static Map<String, String> all() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("allPersonas", Messages.get("export.dialog.allPersonas"));
        texts.put("personaChoice", Messages.get("export.html.personaChoice"));
        texts.put("overview", Messages.get("present.overview"));
        texts.put("stageOf", Messages.get("present.stage"));
        texts.put("previous", Messages.get("export.html.previous"));
        texts.put("next", Messages.get("export.html.next"));
        texts.put("zoomIn", Messages.get("toolbar.zoomIn"));
        texts.put("zoomOut", Messages.get("toolbar.zoomOut"));
        texts.put("zoom", Messages.get("status.zoom"));
        texts.put("fit", Messages.get("toolbar.fitToWindow"));
        texts.put("help", Messages.get("export.html.help"));
        texts.put("close", Messages.get("export.html.close"));
        texts.put("stage", Messages.get("export.html.stage"));
        texts.put("lane", Messages.get("export.html.lane"));
        texts.put("persona", Messages.get("export.html.persona"));
        texts.put("channel", Messages.get("inspector.card.channel"));
        texts.put("score", Messages.get("export.html.score"));
        texts.put("tags", Messages.get("export.html.tags"));
        texts.put("noNote", Messages.get("export.html.noNote"));
        return texts;
    }

    /** A score as the inspector says it: "Positive (+1)". */
    static String score(int score) {
        String name = switch (score) {
            case -2 -> Messages.get("inspector.score.veryNegative");
            case -1 -> Messages.get("inspector.score.negative");
            case 0 -> Messages.get("inspector.score.neutral");
            case 1 -> Messages.get("inspector.score.positive");
            default -> Messages.get("inspector.score.veryPositive");
        };
        return Messages.get("inspector.score.described", name, score > 0 ? "+" + score : String.valueOf(score));
    }
}
