package org.journeycanvas.ui;

import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.journeycanvas.layout.CurveView;

/**
 * View → Emotion Curves → As-Is, To-Be or Both: which emotion curves the map shows. A view option like the
 * strips (never saved, never undone); the radio items follow the options, which a newly opened map resets.
 */
final class CurveMenuItems {
    private CurveMenuItems() {}

    /** Binds the items of the View menu's {@code curveMenu}. */
    static void bind(Menu viewMenu, EditorViewModel editor) {
        Menu curves = viewMenu.getItems().stream()
                .filter(item -> "curveMenu".equals(item.getId()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("MainView.fxml has no curveMenu"));
        Map<CurveView, RadioMenuItem> items = Map.of(
                CurveView.AS_IS, item(curves, "curvesAsIsItem"),
                CurveView.TO_BE, item(curves, "curvesToBeItem"),
                CurveView.BOTH, item(curves, "curvesBothItem"));
        ToggleGroup group = new ToggleGroup();
        items.forEach((shown, item) -> {
            item.setToggleGroup(group);
            item.setOnAction(event -> editor.viewOptionsProperty()
                    .set(editor.viewOptionsProperty().get().withCurves(shown)));
        });
        items.get(editor.viewOptionsProperty().get().curves()).setSelected(true);
        editor.viewOptionsProperty()
                .addListener((obs, old, options) -> items.get(options.curves()).setSelected(true));
    }

    private static RadioMenuItem item(Menu menu, String id) {
        return menu.getItems().stream()
                .filter(item -> id.equals(item.getId()))
                .map(RadioMenuItem.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("MainView.fxml has no " + id));
    }
}
