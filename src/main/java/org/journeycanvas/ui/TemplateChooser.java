package org.journeycanvas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.templates.Template;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.templates.TemplateException;
import org.journeycanvas.ui.canvas.MapThumbnails;

/**
 * The tiles of File → New from Template: a thumbnail of each template, its name and description; the user's
 * own templates come after the bundled ones and can be removed. A double-click chooses.
 */
public final class TemplateChooser extends ScrollPane {
    private static final double THUMB_WIDTH = 300;
    private static final double THUMB_HEIGHT = 150;

    private final TemplateCatalog catalog;
    private final MapTheme theme;
    private final Consumer<Template> onChoose;
    private final Consumer<String> onError;
    private final TilePane tiles = new TilePane();
    private final ReadOnlyObjectWrapper<Template> selected = new ReadOnlyObjectWrapper<>();
    private final List<VBox> tileViews = new ArrayList<>();

    public TemplateChooser(
            TemplateCatalog catalog, MapTheme theme, Consumer<Template> onChoose, Consumer<String> onError) {
        this.catalog = catalog;
        this.theme = theme;
        this.onChoose = onChoose;
        this.onError = onError;
        setId("templateChooser");
        getStyleClass().add("template-chooser");
        tiles.setPrefColumns(3);
        tiles.setHgap(14);
        tiles.setVgap(14);
        tiles.setPadding(new Insets(14));
        setContent(tiles);
        setFitToWidth(true);
        setPrefViewportWidth(3 * (THUMB_WIDTH + 30) + 30);
        setPrefViewportHeight(560);
        fill();
    }

    public ReadOnlyObjectProperty<Template> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private void fill() {
        tiles.getChildren().clear();
        tileViews.clear();
        MapThumbnails thumbnails = new MapThumbnails();
        for (Template template : catalog.list()) {
            VBox tile = new VBox(6);
            tile.setId("template-" + template.id());
            tile.getStyleClass().add("template-tile");
            tile.setPrefWidth(THUMB_WIDTH + 16);
            try {
                ImageView thumbnail =
                        new ImageView(thumbnails.render(catalog.read(template), THUMB_WIDTH, THUMB_HEIGHT, theme));
                tile.getChildren().add(thumbnail);
            } catch (TemplateException e) {
                tile.getChildren().add(new Label(e.getMessage()));
            }
            Label name = new Label(template.name());
            name.getStyleClass().add("template-name");
            Label description = new Label(template.description());
            description.setWrapText(true);
            description.getStyleClass().add("template-description");
            tile.getChildren().addAll(name, description);
            if (!template.isBundled()) {
                Button remove = new Button(Messages.get("dialog.newFromTemplate.remove"));
                remove.setId("remove-" + template.id());
                remove.setOnAction(event -> remove(template));
                tile.getChildren().add(remove);
            }
            tile.setOnMouseClicked(event -> {
                if (event.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                select(template, tile);
                if (event.getClickCount() == 2) {
                    onChoose.accept(template);
                }
            });
            tileViews.add(tile);
            tiles.getChildren().add(tile);
        }
        tileViews.stream().findFirst().ifPresent(first -> select(catalog.list().get(0), first));
    }

    private void select(Template template, VBox tile) {
        tileViews.forEach(view -> view.getStyleClass().remove("selected"));
        tile.getStyleClass().add("selected");
        selected.set(template);
    }

    private void remove(Template template) {
        try {
            catalog.remove(template);
        } catch (TemplateException e) {
            onError.accept(e.getMessage());
        }
        fill();
    }

    /** The template the user picked, if any. */
    public Optional<Template> selectedTemplate() {
        return Optional.ofNullable(selected.get());
    }
}
