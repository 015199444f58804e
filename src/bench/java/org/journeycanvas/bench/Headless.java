package org.journeycanvas.bench;

/** JavaFX without a display: Monocle's headless screen and the software pipeline, as the UI tests run. */
final class Headless {
    private Headless() {}

    /** Sets the toolkit's system properties; call before JavaFX starts. */
    static void setUp() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("java.awt.headless", "true");
    }
}
