package org.journeycanvas.ui;

import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.journeycanvas.io.Settings;
import org.journeycanvas.io.SettingsStore;

/**
 * The app's remembered settings, read once and written whenever one changes, off the UI thread on {@code writes}
 * (one thread, so the newest settings are written last).
 */
public final class AppSettings {
    private final SettingsStore store;
    private final Executor writes;
    private Settings current;

    public AppSettings(SettingsStore store, Executor writes) {
        this.store = store;
        this.writes = writes;
        this.current = store.load();
    }

    public Settings get() {
        return current;
    }

    public void update(UnaryOperator<Settings> change) {
        current = change.apply(current);
        Settings toSave = current;
        writes.execute(() -> store.save(toSave));
    }
}
