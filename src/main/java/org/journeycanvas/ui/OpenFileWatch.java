package org.journeycanvas.ui;

import java.nio.file.Path;
import org.journeycanvas.model.JourneyMap;

/** What {@link DocumentFiles} tells the watch on the open file, and asks it before saving. */
interface OpenFileWatch {
    /** For a window without a watch (tests of other things). */
    OpenFileWatch NONE = new OpenFileWatch() {
        @Override
        public void watch(Path file, JourneyMap onDisk) {}

        @Override
        public void saved(Path file, JourneyMap onDisk) {}

        @Override
        public void pauseForSave() {}

        @Override
        public void resume() {}

        @Override
        public boolean changedSince(Path file) {
            return false;
        }
    };

    /** The file was just read or saved and holds this map. */
    void watch(Path file, JourneyMap onDisk);

    /** This app wrote the file, which now holds this map. */
    void saved(Path file, JourneyMap onDisk);

    /** This app is about to write the file: its own change is not another program's. */
    void pauseForSave();

    /** The save failed: watch on as before. */
    void resume();

    /** Whether another program changed the file since it was read or saved here. */
    boolean changedSince(Path file);
}
