package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

class MenuItemsTest {
    @Test
    void anItemIsFoundByItsIdAndAMissingOneNamed() {
        MenuItem plain = new MenuItem("Matrix");
        plain.setId("opportunityMatrixItem");
        CheckMenuItem check = new CheckMenuItem("Funnel");
        check.setId("funnelStripItem");
        Menu view = new Menu("View");
        view.getItems().addAll(plain, check);

        assertThat(MenuItems.byId(view, "opportunityMatrixItem")).isSameAs(plain);
        assertThat(MenuItems.byId(view, "funnelStripItem", CheckMenuItem.class)).isSameAs(check);
        assertThatThrownBy(() -> MenuItems.byId(view, "nothing"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MainView.fxml has no nothing");
    }
}
