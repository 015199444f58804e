package org.journeycanvas.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.journeycanvas.export.pages.PageOptions;
import org.journeycanvas.export.pages.Paper;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.ui.print.PrintPreview;

/**
 * The page choices of a PDF export: paper or one page sized to the map, landscape, each persona on its own pages,
 * a poster tiled over office sheets, the whole width on each page. Each control is enabled only where it applies.
 */
final class PageOptionsControls {
    private final ChoiceBox<Paper> paper = new ChoiceBox<>();
    private final CheckBox landscape = new CheckBox(Messages.get("print.landscape"));
    private final CheckBox perPersona = new CheckBox(Messages.get("export.dialog.perPersona"));
    private final ChoiceBox<Paper> tiles = new ChoiceBox<>();
    private final CheckBox fitWidth = new CheckBox(Messages.get("export.dialog.fitWidth"));
    private final Label paperLabel = new Label(Messages.get("export.dialog.paper"));
    private final Label tilesLabel = new Label(Messages.get("export.dialog.tiles"));
    private boolean pagesApply;

    PageOptionsControls(PageOptions last) {
        paper.setId("exportPaper");
        paper.getItems().add(null);
        paper.getItems().addAll(Paper.values());
        paper.setConverter(names("export.dialog.paper.fit"));
        paper.setValue(last.paper());
        landscape.setId("exportLandscape");
        landscape.setSelected(last.landscape());
        perPersona.setId("exportPerPersona");
        perPersona.setSelected(last.perPersona());
        tiles.setId("exportTiles");
        tiles.getItems().add(null);
        for (Paper sheet : Paper.values()) {
            if (sheet.officeSheet()) {
                tiles.getItems().add(sheet);
            }
        }
        tiles.setConverter(names("export.dialog.tiles.none"));
        tiles.setValue(last.tileSheet());
        fitWidth.setId("exportFitWidth");
        fitWidth.setWrapText(true);
        perPersona.setWrapText(true);
        fitWidth.setSelected(last.fitWidth());
        paper.valueProperty().addListener((obs, old, value) -> enable());
        tiles.valueProperty().addListener((obs, old, value) -> enable());
    }

    /** Adds the rows from {@code row} on; returns the next free row. */
    int addTo(GridPane grid, int row) {
        grid.addRow(row, paperLabel, paper);
        grid.add(landscape, 1, row + 1);
        grid.add(fitWidth, 1, row + 2);
        grid.add(perPersona, 1, row + 3);
        grid.addRow(row + 4, tilesLabel, tiles);
        return row + 5;
    }

    /** Shows the page choices, or takes them out of the dialog's layout for a format that has no pages. */
    void setShown(boolean shown) {
        for (Node control : List.of(paperLabel, paper, landscape, fitWidth, perPersona, tilesLabel, tiles)) {
            control.setVisible(shown);
            control.setManaged(shown);
        }
    }

    /** PDF takes every choice; SVG only one file per persona; other formats none. */
    void applyTo(boolean pdf, boolean svg) {
        pagesApply = pdf;
        perPersona.setDisable(!pdf && !svg);
        enable();
    }

    PageOptions value() {
        // A choice greyed out by another keeps its value but does not count.
        Paper sheet = tiles.isDisabled() ? null : tiles.getValue();
        Paper chosen = paper.getValue();
        // A tile is only of a poster: an office paper chosen with tiles stands for the default poster.
        if (sheet != null && chosen != null && !chosen.poster()) {
            chosen = null;
        }
        return new PageOptions(chosen, landscape.isSelected(), perPersona.isSelected(), sheet, fitWidth.isSelected());
    }

    private void enable() {
        Paper chosen = paper.getValue();
        paper.setDisable(!pagesApply);
        paperLabel.setDisable(!pagesApply);
        landscape.setDisable(!pagesApply || chosen == null && tiles.getValue() == null);
        fitWidth.setDisable(!pagesApply || chosen == null || chosen.poster() || tiles.getValue() != null);
        boolean posterOrNone = chosen == null || chosen.poster();
        tiles.setDisable(!pagesApply || !posterOrNone);
        tilesLabel.setDisable(tiles.isDisabled());
    }

    /** Paper sizes by name, with "no paper" (null) named by a key. */
    private static StringConverter<Paper> names(String nullKey) {
        return new StringConverter<>() {
            @Override
            public String toString(Paper value) {
                return value == null ? Messages.get(nullKey) : PrintPreview.paperName(value);
            }

            @Override
            public Paper fromString(String text) {
                return null;
            }
        };
    }
}
