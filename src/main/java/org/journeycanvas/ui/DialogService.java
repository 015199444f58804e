package org.journeycanvas.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and file choosers, behind an interface so that tests can answer them. */
public interface DialogService {
    /** The answer to "Save changes before closing?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    Optional<Path> chooseMapToOpen(Path initialFolder);

    Optional<Path> chooseWhereToSave(String suggestedName, Path initialFolder);

    SaveChoice askToSaveChanges(String documentName);

    /** A PNG or JPEG file for a persona's photo. */
    Optional<Path> choosePhoto();

    void showError(String header, String message);
}
