package org.journeycanvas.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;
import org.journeycanvas.render.MapTheme;

/** The app's look, set once for the whole application; colours in our stylesheets come from its variables. */
public enum AppTheme {
    LIGHT(new PrimerLight(), MapTheme.LIGHT),
    DARK(new PrimerDark(), MapTheme.DARK);

    private final Theme theme;
    private final MapTheme mapTheme;

    AppTheme(Theme theme, MapTheme mapTheme) {
        this.theme = theme;
        this.mapTheme = mapTheme;
    }

    /** The theme with that name, or light for anything unknown (a settings file from elsewhere). */
    public static AppTheme named(String name) {
        for (AppTheme each : values()) {
            if (each.name().equalsIgnoreCase(name)) {
                return each;
            }
        }
        return LIGHT;
    }

    /** The colours the map is drawn in under this theme. */
    public MapTheme mapTheme() {
        return mapTheme;
    }

    public void apply() {
        Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
    }

    /** The theme applied last, as JavaFX has it (light until one is applied). */
    public static AppTheme current() {
        String applied = Application.getUserAgentStylesheet();
        for (AppTheme each : values()) {
            if (each.theme.getUserAgentStylesheet().equals(applied)) {
                return each;
            }
        }
        return LIGHT;
    }
}
