package org.journeycanvas.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import javafx.application.Application;

/** The app's look, set once for the whole application; colours in our stylesheets come from its variables. */
public enum AppTheme {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    private final Theme theme;

    AppTheme(Theme theme) {
        this.theme = theme;
    }

    public void apply() {
        Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
    }
}
