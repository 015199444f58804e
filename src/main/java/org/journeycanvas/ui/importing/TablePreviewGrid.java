package org.journeycanvas.ui.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableRow;

/**
 * The first rows of the table, each column headed by its role (a list to change it) above its name in the
 * file. The lists follow the model: giving a role to one column takes it from the column that had it.
 */
final class TablePreviewGrid {
    /** How many rows the grid shows: enough to recognise the columns. */
    static final int ROWS_SHOWN = 20;

    private final MappingModel model;
    private final TableView<TableRow> grid = new TableView<>();
    private final List<ComboBox<ColumnRoleChoice>> roleBoxes = new ArrayList<>();
    private boolean following;

    TablePreviewGrid(MappingModel model) {
        this.model = model;
        grid.setId("importGrid");
        grid.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        grid.setPlaceholder(new Label(Messages.get("import.ui.mapping.noRows")));
        model.tableProperty().addListener((obs, old, table) -> fill(table));
        model.mappingProperty().addListener((obs, old, mapping) -> follow());
        fill(model.tableProperty().get());
    }

    TableView<TableRow> node() {
        return grid;
    }

    /** The role list of a 0-based column. */
    ComboBox<ColumnRoleChoice> roleBox(int column) {
        return roleBoxes.get(column);
    }

    private void fill(Table table) {
        grid.getColumns().clear();
        roleBoxes.clear();
        if (table == null) {
            return;
        }
        TableColumn<TableRow, String> number = new TableColumn<>(Messages.get("import.ui.mapping.row"));
        number.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(String.valueOf(row.getValue().number())));
        number.setSortable(false);
        number.setReorderable(false);
        number.setPrefWidth(56);
        grid.getColumns().add(number);
        for (int index = 0; index < table.width(); index++) {
            grid.getColumns().add(column(index, table.header().get(index)));
        }
        grid.setItems(FXCollections.observableArrayList(
                table.rows().subList(0, Math.min(ROWS_SHOWN, table.rows().size()))));
        follow();
    }

    private TableColumn<TableRow, String> column(int index, String name) {
        ComboBox<ColumnRoleChoice> roles = new ComboBox<>(FXCollections.observableArrayList(ColumnRoleChoice.all()));
        roles.setId("role-" + index);
        roles.setMaxWidth(Double.MAX_VALUE);
        roles.valueProperty().addListener((obs, old, chosen) -> {
            if (!following && chosen != null) {
                model.assign(index, chosen.role());
            }
        });
        roleBoxes.add(roles);
        Label heading = new Label(name);
        heading.getStyleClass().add("text-muted");
        VBox header = new VBox(4, roles, heading);
        TableColumn<TableRow, String> column = new TableColumn<>();
        column.setGraphic(header);
        column.setCellValueFactory(
                row -> new ReadOnlyStringWrapper(row.getValue().cell(index)));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(160);
        return column;
    }

    /** Shows each column's role as the model has it. */
    private void follow() {
        following = true;
        try {
            for (int index = 0; index < roleBoxes.size(); index++) {
                roleBoxes.get(index).setValue(ColumnRoleChoice.of(model.roleOf(index)));
            }
        } finally {
            following = false;
        }
    }
}
