package org.journeycanvas.ui;

import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.journeycanvas.io.Settings;
import org.journeycanvas.io.SettingsStore;

/** The app's remembered settings, read once and written (off the UI thread) whenever one changes. */
public final class AppSettings {
    private final SettingsStore store;
    private final Executor background;
    private Settings current;

    public AppSettings(SettingsStore store, Executor background) {
        this.store = store;
        this.background = background;
        this.current = store.load();
    }

    public Settings get() {
        return current;
    }

    public void update(UnaryOperator<Settings> change) {
        current = change.apply(current);
        Settings toSave = current;
        background.execute(() -> store.save(toSave));
    }
}
