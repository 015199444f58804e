package org.journeycanvas.ui.print;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.stage.Window;
import org.journeycanvas.export.pages.Paper;

/** A printer for tests: answers the print dialog as told and keeps the pages it is given. */
public final class FakePrintTarget implements PrintTarget {
    public volatile boolean dialogAnswer = true;
    public volatile Sheet sheet = new Sheet(841.89, 595.28, Paper.A4, true);
    public volatile Paper offeredPaper;
    public volatile boolean offeredLandscape;
    public volatile String jobName;
    public final List<Node> pages = new CopyOnWriteArrayList<>();
    public final List<String> threads = new CopyOnWriteArrayList<>();
    public volatile boolean ended;

    @Override
    public boolean showDialog(Window owner, String name, Paper paper, boolean landscape) {
        jobName = name;
        offeredPaper = paper;
        offeredLandscape = landscape;
        return dialogAnswer;
    }

    @Override
    public Sheet sheet() {
        return sheet;
    }

    @Override
    public String printerName() {
        return "Office printer";
    }

    @Override
    public boolean print(Node page) {
        pages.add(page);
        threads.add(Thread.currentThread().getName());
        return true;
    }

    @Override
    public boolean end() {
        ended = true;
        return true;
    }
}
