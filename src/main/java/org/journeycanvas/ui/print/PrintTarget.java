package org.journeycanvas.ui.print;

import javafx.scene.Node;
import javafx.stage.Window;
import org.journeycanvas.export.pages.Paper;

/**
 * A print job on one printer: the system's print dialog, the sheet it prints on and the pages sent to it. The
 * app's is {@link FxPrintTarget} (JavaFX printing); tests use one that records the pages.
 */
public interface PrintTarget {
    /**
     * Shows the system's print dialog, offering the paper and orientation the pages were planned for. False when
     * the user cancels. Call on the JavaFX thread.
     */
    boolean showDialog(Window owner, String jobName, Paper paper, boolean landscape);

    /** The sheet the job prints on, as the user left it in the dialog. */
    Sheet sheet();

    /** The printer's name, to tell the user where the pages went. */
    String printerName();

    /**
     * Prints one page: a node whose units are points, with (0, 0) at the sheet's top-left corner. May be called
     * on any thread, one page at a time; false when the job failed or was cancelled.
     */
    boolean print(Node page);

    /** Sends the pages printed so far to the printer; false when the job failed. */
    boolean end();

    /**
     * A sheet of paper in points, turned as it prints.
     *
     * @param paper the app's paper of this size, or null when it is none of them (Legal, say)
     */
    record Sheet(double width, double height, Paper paper, boolean landscape) {}
}
