package org.journeycanvas.ui;

import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.templates.TemplateException;

/** The map a new window begins with: the blank template that comes with the app. */
final class BlankMap {
    private BlankMap() {}

    static JourneyMap from(TemplateCatalog templates) {
        try {
            return templates.newMap(BundledTemplate.BLANK.id(), new IdGenerator());
        } catch (TemplateException e) {
            throw new IllegalStateException("the blank template that comes with the app is broken", e);
        }
    }
}
