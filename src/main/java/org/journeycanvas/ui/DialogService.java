package org.journeycanvas.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;

/** Dialogs and file choosers, behind an interface so that tests can answer them. */
public interface DialogService {
    /** The answer to "Save changes before closing?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    Optional<Path> chooseMapToOpen(Path initialFolder);

    Optional<Path> chooseWhereToSave(String suggestedName, Path initialFolder);

    SaveChoice askToSaveChanges(String documentName);

    /** The template a new map starts from, chosen from the catalog's tiles. */
    Optional<Template> chooseTemplate(TemplateCatalog catalog);

    /** The name to save the current map under as a template. */
    Optional<String> askTemplateName(String suggested);

    /** A PNG or JPEG file for a persona's photo. */
    Optional<Path> choosePhoto();

    void showError(String header, String message);
}
