package org.journeycanvas.ui.print;

import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import org.journeycanvas.export.pages.Paper;

/** Printing through JavaFX's {@link PrinterJob} on the system's printers. */
public final class FxPrintTarget implements PrintTarget {
    private final PrinterJob job;

    private FxPrintTarget(PrinterJob job) {
        this.job = job;
    }

    /** A job on the default printer; empty when no printer is set up on this computer. */
    public static Optional<PrintTarget> create() {
        if (Printer.getDefaultPrinter() == null) {
            return Optional.empty();
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        return job == null ? Optional.empty() : Optional.of(new FxPrintTarget(job));
    }

    @Override
    public boolean showDialog(Window owner, String jobName, Paper paper, boolean landscape) {
        job.getJobSettings().setJobName(jobName);
        job.getJobSettings()
                .setPageLayout(job.getPrinter()
                        .createPageLayout(
                                fxPaper(paper),
                                landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                                Printer.MarginType.HARDWARE_MINIMUM));
        return job.showPrintDialog(owner);
    }

    @Override
    public Sheet sheet() {
        PageLayout layout = job.getJobSettings().getPageLayout();
        javafx.print.Paper paper = layout.getPaper();
        boolean landscape = layout.getPageOrientation() == PageOrientation.LANDSCAPE
                || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
        Paper ours = null;
        for (Paper each : Paper.values()) {
            if (Math.abs(each.width(false) - paper.getWidth()) < 2
                    && Math.abs(each.height(false) - paper.getHeight()) < 2) {
                ours = each;
            }
        }
        return landscape
                ? new Sheet(paper.getHeight(), paper.getWidth(), ours, true)
                : new Sheet(paper.getWidth(), paper.getHeight(), ours, false);
    }

    @Override
    public String printerName() {
        return job.getPrinter().getName();
    }

    @Override
    public boolean print(Node page) {
        // The printer draws from the corner of its printable area; the pages are drawn from the sheet's corner.
        PageLayout layout = job.getJobSettings().getPageLayout();
        Group sheet = new Group(page);
        sheet.getTransforms().add(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()));
        return job.printPage(layout, sheet);
    }

    @Override
    public boolean end() {
        return job.endJob();
    }

    private static javafx.print.Paper fxPaper(Paper paper) {
        return switch (paper) {
            case A4 -> javafx.print.Paper.A4;
            case A3 -> javafx.print.Paper.A3;
            case LETTER -> javafx.print.Paper.NA_LETTER;
            case TABLOID -> javafx.print.Paper.TABLOID;
            case A2 -> javafx.print.Paper.A2;
            case A1 -> javafx.print.Paper.A1;
            case A0 -> javafx.print.Paper.A0;
        };
    }
}
