package org.journeycanvas.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Hides every window a UI test left open, after the test and before its temporary folders are deleted. TestFX
 * reuses one stage for every test, so without this a window from an earlier test keeps autosaving into a folder
 * that is gone. Registered for every test class (META-INF/services); does nothing where JavaFX never started.
 */
public final class ClosedWindowsAfterEachTest implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.cleanupStages();
        }
    }
}
