package org.journeycanvas.ui.print;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.journeycanvas.export.pages.MapPage;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.PagePlanner;
import org.journeycanvas.export.pages.Paper;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.canvas.FxTextMeasurer;

/**
 * File → Print…: the preview, then the system's print dialog, then the pages, one at a time off the JavaFX
 * thread, with the status bar saying how far it got. The options chosen are kept for the rest of the session.
 */
public final class PrintActions {
    /** Pixels per point a page is drawn at for the printer: about 200 dots per inch. */
    static final double PRINT_RESOLUTION = 2.8;

    private static final Logger LOG = Logger.getLogger(PrintActions.class.getName());

    private final Window owner;
    private final EditorViewModel editor;
    private final DialogService dialogs;
    private final Executor worker;
    private final Consumer<String> status;
    private PageOptions options = new PageOptions(Paper.A4, true, false, null, false);

    /**
     * @param dialogs gives the printer ({@link DialogService#printer()}) and shows why nothing was printed
     * @param worker  where the pages are drawn and sent to the printer
     */
    public PrintActions(
            Window owner, EditorViewModel editor, DialogService dialogs, Executor worker, Consumer<String> status) {
        this.owner = owner;
        this.editor = editor;
        this.dialogs = dialogs;
        this.worker = worker;
        this.status = status;
    }

    /** Makes the menu item open the preview. */
    public void attachTo(MenuItem item) {
        item.setOnAction(event -> open());
    }

    /** Opens the preview of the map as it is now. */
    public PrintPreview open() {
        String shown = editor.viewOptionsProperty().get().onlyPersonaId();
        PrintPreview preview = new PrintPreview(owner, editor.getMap(), options, shown, this::print);
        preview.window().setOnHidden(event -> options = preview.options());
        preview.show();
        return preview;
    }

    private void print(PrintPreview preview, PageOptions chosen, String personaId, List<MapPage> planned) {
        options = chosen;
        Optional<PrintTarget> found = dialogs.printer();
        if (found.isEmpty()) {
            dialogs.showError(Messages.get("print.error"), Messages.get("print.error.noPrinter"));
            return;
        }
        PrintTarget target = found.get();
        JourneyMap printed = editor.getMap();
        Paper paper = chosen.tileSheet() != null ? chosen.tileSheet() : chosen.paper();
        boolean landscape = chosen.tileSheet() != null
                ? planned.get(0).width() > planned.get(0).height()
                : chosen.landscape();
        String title = printed.title().isBlank() ? Messages.get("export.untitled") : printed.title();
        if (!target.showDialog(preview.window(), title, paper, landscape)) {
            status.accept(Messages.get("print.status.cancelled"));
            return;
        }
        PrintTarget.Sheet sheet = target.sheet();
        PageOptions forSheet = forSheet(sheet, chosen);
        List<MapPage> pages = forSheet.equals(chosen)
                ? planned
                : new PagePlanner(new MapLayout(new TextWrapper(new FxTextMeasurer()), LayoutStyle.DEFAULT))
                        .plan(printed, forSheet, personaId);
        preview.close();
        options = forSheet;
        status.accept(Messages.get("print.status.printing", 1, pages.size()));
        MapIndex index = new MapIndex(printed);
        worker.execute(() -> send(target, sheet, pages, index));
    }

    /**
     * The options for the sheet chosen in the system's dialog: its paper and orientation when it is one of the
     * app's papers (a poster's tiles go on it), else those chosen in the preview, whose pages are then shrunk to fit
     * it. A poster on one sheet stays one: on a printer that has no such paper it is shrunk to the sheet it has.
     */
    private static PageOptions forSheet(PrintTarget.Sheet sheet, PageOptions chosen) {
        if (sheet.paper() == null || chosen.paper().poster() && chosen.tileSheet() == null) {
            return chosen;
        }
        if (chosen.tileSheet() != null) {
            return sheet.paper().officeSheet()
                    ? new PageOptions(chosen.paper(), chosen.landscape(), chosen.perPersona(), sheet.paper(), false)
                    : chosen;
        }
        return new PageOptions(sheet.paper(), sheet.landscape(), chosen.perPersona(), null, chosen.fitWidth());
    }

    /**
     * Draws and prints one page at a time, so that only one page's pixels are held at once. A page goes to the
     * printer as an image: a canvas that was never on screen has no pixels yet, and the printer got blank pages.
     */
    private void send(PrintTarget target, PrintTarget.Sheet sheet, List<MapPage> pages, MapIndex index) {
        try {
            for (int i = 0; i < pages.size(); i++) {
                MapPage page = pages.get(i);
                int number = i + 1;
                Platform.runLater(() -> status.accept(Messages.get("print.status.printing", number, pages.size())));
                // A page larger than the sheet (another paper chosen in the dialog) is shrunk to fit it.
                double fit = Math.min(1, Math.min(sheet.width() / page.width(), sheet.height() / page.height()));
                double resolution = PageCanvas.fittingScale(page, PRINT_RESOLUTION);
                FutureTask<Image> drawing = new FutureTask<>(() -> PageCanvas.image(page, index, resolution));
                Platform.runLater(drawing);
                ImageView picture = new ImageView(drawing.get());
                picture.getTransforms().add(new Scale(fit / resolution, fit / resolution));
                if (!target.print(picture)) {
                    failed();
                    return;
                }
            }
            if (!target.end()) {
                failed();
                return;
            }
            String sent = Messages.get(
                    "print.status.sent", Messages.plural("print.pages", pages.size()), target.printerName());
            Platform.runLater(() -> status.accept(sent));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed();
        } catch (ExecutionException | RuntimeException e) {
            LOG.log(Level.WARNING, "printing failed", e);
            failed();
        }
    }

    private void failed() {
        Platform.runLater(() -> {
            status.accept(Messages.get("print.status.failed"));
            dialogs.showError(Messages.get("print.error"), Messages.get("print.error.failed"));
        });
    }
}
