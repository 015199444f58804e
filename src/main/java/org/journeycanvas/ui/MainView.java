package org.journeycanvas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.journeycanvas.io.MapFormat;
import org.journeycanvas.io.MapFileException;
import org.journeycanvas.io.MapFileReader;
import org.journeycanvas.io.MapFileWriter;
import org.journeycanvas.io.RecoveryStore;
import org.journeycanvas.io.SettingsStore;
import org.journeycanvas.templates.BundledTemplate;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.templates.TemplateException;
import org.journeycanvas.io.UserDataFolder;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.CellBox;
import org.journeycanvas.layout.DropTarget;
import org.journeycanvas.layout.DropTargets;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.ui.canvas.CanvasGestures;
import org.journeycanvas.ui.canvas.MapCanvas;
import org.journeycanvas.ui.canvas.PaletteItem;
import org.journeycanvas.ui.canvas.PaletteView;
import org.journeycanvas.ui.presentation.PresentationView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The main window: menus, tool bar, palette, canvas, inspector and status bar, bound to one
 * {@link EditorViewModel}. This class wires; the work is done by the view model, {@link EditorActions},
 * {@link DocumentFiles} and the canvas gestures.
 */
public final class MainView {
    @FXML
    private BorderPane root;
    @FXML
    private StackPane canvasHost;
    @FXML
    private VBox centerBox;
    @FXML
    private StackPane inspectorHost;
    @FXML
    private Menu personaFilterMenu;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private ScrollPane paletteScroll;
    @FXML
    private Menu openRecentMenu;
    @FXML
    private Menu insertMenu;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private MenuItem saveItem;
    @FXML
    private Button newButton;
    @FXML
    private Button openButton;
    @FXML
    private Button saveButton;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    @FXML
    private Button zoomOutButton;
    @FXML
    private Button zoomInButton;
    @FXML
    private Button zoomFitButton;
    @FXML
    private Button presentButton;
    @FXML
    private Label statusLabel;
    @FXML
    private Label cardCountLabel;
    @FXML
    private Label fileStateLabel;
    @FXML
    private Label zoomLabel;

    private Stage stage;
    private EditorViewModel editor;
    private EditorActions actions;
    private DocumentFiles files;
    private MapCanvas canvas;
    private CanvasGestures gestures;
    private PaletteView palette;
    private CardClipboard clipboard;
    private InspectorView inspector;
    private FindBar findBar;
    private ExportActions exports;
    private RecoveryStore recovery;
    private Autosaver autosaver;
    private DialogService dialogs;
    /** The personas (id and name) View → Show Persona lists, so it is rebuilt only when they change. */
    private List<String> filteredPersonas = List.of();
    private AppSettings settings;
    private final WindowWorkers workers = new WindowWorkers();
    private final EventHandler<WindowEvent> whenHidden = event -> stopBackgroundWork(false);

    /** Loads the window into a stage, with real dialogs and the app's files in the user's data folder. */
    public static MainView load(Stage stage) {
        return load(stage, new FxDialogService(stage), UserDataFolder.get());
    }

    /** Loads the window with the given dialogs, keeping settings and the user's templates in {@code dataFolder}. */
    public static MainView load(Stage stage, DialogService dialogs, Path dataFolder) {
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's FXML is missing or broken", e);
        }
        MainView view = loader.getController();
        view.wire(stage, dialogs, dataFolder);
        return view;
    }

    public BorderPane root() {
        return root;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public MapCanvas canvas() {
        return canvas;
    }

    /** The theme the window is shown in. */
    public AppTheme theme() {
        return darkThemeItem.isSelected() ? AppTheme.DARK : AppTheme.LIGHT;
    }

    /** The maps under File → Open Recent, newest first. */
    public List<String> recentFiles() {
        return List.copyOf(files.recentFiles());
    }

    /** Opens a map file (asking about unsaved changes first). */
    public void open(Path file) {
        files.open(file);
    }

    /** Installs the shortcuts the menus cannot show, and the close and file-drop handling. */
    public void attachTo(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::onRedo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                this::onZoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                this::onZoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                this::onZoomOut);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && (gestures.isDragging() || palette.isDragging())) {
                gestures.cancel();
                palette.cancel();
                event.consume();
            }
        });
        scene.setOnDragOver(event -> {
            if (mapFile(event.getDragboard().getFiles()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Optional<Path> file = mapFile(event.getDragboard().getFiles());
            file.ifPresent(files::open);
            event.setDropCompleted(file.isPresent());
            event.consume();
        });
        stage.setOnCloseRequest(event -> {
            event.consume();
            files.close(() -> closeCleanly(stage::close));
        });
    }

    private void wire(Stage ownerStage, DialogService dialogs, Path dataFolder) {
        this.stage = ownerStage;
        this.dialogs = dialogs;
        AppIcon.applyTo(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, whenHidden);
        settings = new AppSettings(new SettingsStore(dataFolder), workers.saves());
        TemplateCatalog templates = new TemplateCatalog(dataFolder.resolve("templates"));
        editor = new EditorViewModel(blankMap(templates), new IdGenerator());
        actions = new EditorActions(editor);
        files = new DocumentFiles(editor, dialogs, settings, workers, templates, statusLabel::setText);
        clipboard = new CardClipboard(Clipboard.getSystemClipboard());
        exports = new ExportActions(editor, dialogs, settings, workers.exports(), statusLabel::setText);
        canvas = new MapCanvas(editor.selection());
        gestures = new CanvasGestures(canvas, editor, actions);
        palette = new PaletteView(canvas, actions, gestures);
        inspector = InspectorView.load(editor, dialogs, workers.reads(), statusLabel::setText);
        findBar = new FindBar(editor, canvas);
        canvasHost.getChildren().add(canvas);
        inspectorHost.getChildren().add(inspector.root());
        paletteScroll.setContent(palette);
        applyTheme(AppTheme.named(settings.get().theme()));
        editor.viewOptionsProperty().addListener((obs, old, options) -> canvas.setViewOptions(options));
        startAutosave(dataFolder.resolve("recovery"));

        editor.mapProperty().addListener((obs, old, map) -> showMap(map));
        showMap(editor.getMap());
        stage.titleProperty().bind(editor.titleProperty());
        undoItem.textProperty().bind(editor.undoTextProperty());
        redoItem.textProperty().bind(editor.redoTextProperty());
        undoItem.disableProperty().bind(editor.canUndoProperty().not());
        redoItem.disableProperty().bind(editor.canRedoProperty().not());
        undoButton.disableProperty().bind(editor.canUndoProperty().not());
        redoButton.disableProperty().bind(editor.canRedoProperty().not());
        undoButton.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(editor.undoTextProperty().get()), editor.undoTextProperty()));
        redoButton.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(editor.redoTextProperty().get()), editor.redoTextProperty()));
        fileStateLabel.textProperty().bind(Bindings.when(editor.dirtyProperty())
                .then("Unsaved changes").otherwise("All changes saved"));
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.getZoom() * 100) + "%", canvas.zoomProperty()));
        files.recentFiles().addListener((ListChangeListener<String>) change -> fillRecentMenu());
        fillRecentMenu();
        fillInsertMenu();
        setIcons();
    }

    private void startAutosave(Path folder) {
        recovery = new RecoveryStore(folder);
        try {
            autosaver = new Autosaver(editor, recovery.openSession(), workers.saves());
            autosaver.start();
            stage.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    autosaver.saveNow();
                }
            });
        } catch (IOException e) {
            statusLabel.setText("Autosave is off: the recovery folder cannot be written");
        }
    }

    /** Keeps a recovery copy now if there are unsaved changes (tests and the crash handler call this). */
    public void autosaveNow() {
        if (autosaver != null) {
            autosaver.saveNow();
        }
    }

    /** Offers back the maps that earlier runs left unsaved: restore one here, save elsewhere, or discard. */
    public void offerRecovery() {
        boolean restored = false;
        for (RecoveryStore.Entry entry : recovery.abandoned()) {
            JourneyMap map;
            try {
                map = new MapFileReader().read(entry.file());
            } catch (MapFileException e) {
                dialogs.showError("A recovered map cannot be read", e.getMessage());
                continue;
            }
            switch (dialogs.askRecovery(entry, !restored)) {
                case RESTORE -> {
                    editor.openUnsaved(map, entry.originalFile().isEmpty() ? null : Path.of(entry.originalFile()));
                    recovery.discard(entry);
                    restored = true;
                    statusLabel.setText("Recovered unsaved work; save it to keep it");
                }
                case SAVE_ELSEWHERE -> dialogs.chooseWhereToSave(
                        (entry.title().isBlank() ? "recovered" : entry.title()) + MapFormat.FILE_EXTENSION, null)
                        .ifPresent(file -> {
                            try {
                                new MapFileWriter().write(map, file);
                                recovery.discard(entry);
                            } catch (MapFileException e) {
                                dialogs.showError("Cannot save the recovered map", e.getMessage());
                            }
                        });
                case DISCARD -> recovery.discard(entry);
                case LATER -> { }
            }
        }
    }

    /** Catches errors nothing else caught, keeps a recovery copy and offers to save a copy. */
    public void installCrashHandler() {
        if (autosaver == null) {
            return;
        }
        new CrashHandler(autosaver, () -> {
            if (dialogs.askToSaveACopyAfterError()) {
                files.saveCopy();
            }
        }).install();
    }

    /** Ends cleanly: stops autosave and the workers, and removes this window's recovery copy. */
    private void closeCleanly(Runnable then) {
        stopBackgroundWork(true);
        then.run();
    }

    /**
     * Stops autosave and the workers when the window goes. Hidden without {@link #closeCleanly} (as a test's
     * teardown does), nobody was asked about unsaved changes, so the last recovery copy is kept.
     */
    private void stopBackgroundWork(boolean asked) {
        stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, whenHidden);
        if (autosaver != null && asked) {
            autosaver.stop();
        } else if (autosaver != null) {
            autosaver.stopKeepingCopy();
        }
        workers.close();
    }

    private static JourneyMap blankMap(TemplateCatalog templates) {
        try {
            return templates.newMap(BundledTemplate.BLANK.id(), new IdGenerator());
        } catch (TemplateException e) {
            throw new IllegalStateException("the blank template that comes with the app is broken", e);
        }
    }

    private void showMap(JourneyMap map) {
        canvas.show(map);
        int cards = map.cardCount();
        cardCountLabel.setText(cards + (cards == 1 ? " card" : " cards"));
        List<String> personas = map.personas().stream().map(p -> p.id() + "\n" + p.name()).toList();
        if (!personas.equals(filteredPersonas)) {
            filteredPersonas = personas;
            fillPersonaFilterMenu(map);
        }
    }

    /** View → Show Persona: all personas, or one at a time. */
    private void fillPersonaFilterMenu(JourneyMap map) {
        ToggleGroup group = new ToggleGroup();
        String shown = editor.viewOptionsProperty().get().onlyPersonaId();
        if (shown != null && map.persona(shown).isEmpty()) {
            editor.viewOptionsProperty().set(editor.viewOptionsProperty().get().withOnlyPersona(null));
            shown = null;
        }
        List<MenuItem> items = new java.util.ArrayList<>();
        RadioMenuItem all = new RadioMenuItem("All Personas");
        all.setToggleGroup(group);
        all.setSelected(shown == null);
        all.setOnAction(event -> showOnly(null));
        items.add(all);
        items.add(new SeparatorMenuItem());
        for (Persona persona : map.personas()) {
            RadioMenuItem item = new RadioMenuItem(persona.name().isBlank() ? "Unnamed persona" : persona.name());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(persona.id().equals(shown));
            item.setOnAction(event -> showOnly(persona.id()));
            items.add(item);
        }
        personaFilterMenu.getItems().setAll(items);
    }

    private void showOnly(String personaId) {
        editor.viewOptionsProperty().set(editor.viewOptionsProperty().get().withOnlyPersona(personaId));
        editor.selection().clear();
        fillPersonaFilterMenu(editor.getMap());
    }

    private void applyTheme(AppTheme theme) {
        theme.apply();
        canvas.setTheme(theme.mapTheme());
        darkThemeItem.setSelected(theme == AppTheme.DARK);
    }

    private void fillRecentMenu() {
        openRecentMenu.getItems().clear();
        for (String file : files.recentFiles()) {
            MenuItem item = new MenuItem(Path.of(file).getFileName() + "  —  " + Path.of(file).getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> files.open(Path.of(file)));
            openRecentMenu.getItems().add(item);
        }
        openRecentMenu.setDisable(files.recentFiles().isEmpty());
    }

    private void fillInsertMenu() {
        PaletteItem[] items = PaletteItem.values();
        for (int i = 0; i < items.length; i++) {
            PaletteItem item = items[i];
            MenuItem menuItem = new MenuItem(item.label());
            menuItem.setId("insert-" + item.key());
            if (i < 9) {
                // Alt and the item's place in the palette, top to bottom (Ctrl with a digit is zoom).
                menuItem.setAccelerator(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)),
                        KeyCombination.ALT_DOWN));
            }
            menuItem.setOnAction(event -> insert(item));
            insertMenu.getItems().add(menuItem);
        }
        insertMenu.getItems().add(new SeparatorMenuItem());
        MenuItem persona = new MenuItem("Persona");
        persona.setId("insertPersona");
        persona.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        persona.setOnAction(event -> inspector.addPersona());
        insertMenu.getItems().add(persona);
    }

    /** Inserts from the menu: a stage after the selected one, a card in (or beside) the selected cell. */
    private void insert(PaletteItem item) {
        MapGeometry geometry = canvas.geometry();
        if (item.isStage()) {
            String selected = editor.selection().stageIdProperty().get();
            int index = selected == null ? editor.getMap().stages().size() : editor.getMap().stageIndex(selected) + 1;
            DropTarget target = new DropTarget.StageInsert(index, null);
            actions.addStage(target).ifPresent(gestures::renameStage);
            return;
        }
        Selection.Cell cell = editor.selection().cellProperty().get();
        Optional<CellBox> box = cell == null ? firstCell(geometry) : geometry.cell(cell.laneId(), cell.stageId());
        if (box.isEmpty()) {
            statusLabel.setText("Add a stage and a persona first");
            return;
        }
        DropTarget target = DropTargets.forCard(geometry, box.get().bounds().centerX(), box.get().bounds().maxY() - 1,
                item.kind(), java.util.Set.of());
        actions.addCard(item.kind(), target, 0).ifPresent(gestures::editCard);
    }

    private static Optional<CellBox> firstCell(MapGeometry geometry) {
        return geometry.personas().stream().flatMap(p -> p.lanes().stream())
                .flatMap(lane -> lane.cells().stream()).findFirst();
    }

    private void setIcons() {
        newButton.setGraphic(new FontIcon(MaterialDesignF.FILE_OUTLINE));
        openButton.setGraphic(new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        saveButton.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        undoButton.setGraphic(new FontIcon(MaterialDesignU.UNDO));
        redoButton.setGraphic(new FontIcon(MaterialDesignR.REDO));
        zoomOutButton.setGraphic(new FontIcon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE));
        zoomInButton.setGraphic(new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE));
        zoomFitButton.setGraphic(new FontIcon(MaterialDesignF.FIT_TO_PAGE_OUTLINE));
        presentButton.setGraphic(new FontIcon(MaterialDesignP.PRESENTATION_PLAY));
    }

    private static Optional<Path> mapFile(List<java.io.File> dropped) {
        return dropped.stream().map(java.io.File::toPath)
                .filter(path -> path.getFileName().toString().endsWith(MapFormat.FILE_EXTENSION)).findFirst();
    }

    /** The text field that has focus, if any: Edit commands chosen from the menu then act on its text. */
    private Optional<TextInputControl> focusedText() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        return focused instanceof TextInputControl text ? Optional.of(text) : Optional.empty();
    }

    @FXML
    private void onNew() {
        files.newMap();
    }

    @FXML
    private void onNewFromTemplate() {
        files.newFromTemplate();
    }

    @FXML
    private void onExport() {
        exports.export();
    }

    @FXML
    private void onSaveAsTemplate() {
        files.saveAsTemplate();
    }

    @FXML
    private void onOpen() {
        files.open();
    }

    @FXML
    private void onSave() {
        files.save();
    }

    @FXML
    private void onSaveAs() {
        files.saveAs();
    }

    @FXML
    private void onQuit() {
        files.close(() -> closeCleanly(Platform::exit));
    }

    @FXML
    private void onUndo() {
        editor.undo();
    }

    @FXML
    private void onRedo() {
        editor.redo();
    }

    @FXML
    private void onCut() {
        if (focusedText().isPresent()) {
            focusedText().get().cut();
            return;
        }
        onCopy();
        actions.deleteSelection();
    }

    @FXML
    private void onCopy() {
        if (focusedText().isPresent()) {
            focusedText().get().copy();
            return;
        }
        var cards = actions.selectedCards();
        if (cards.isEmpty()) {
            return;
        }
        Map<String, LaneKind> kinds = new HashMap<>();
        cards.forEach(card -> kinds.put(card.id(),
                editor.getMap().findCard(card.id()).orElseThrow().lane().kind()));
        clipboard.copy(cards, kinds);
        statusLabel.setText(cards.size() == 1 ? "Copied 1 card" : "Copied " + cards.size() + " cards");
    }

    @FXML
    private void onPaste() {
        if (focusedText().isPresent()) {
            focusedText().get().paste();
            return;
        }
        if (!actions.paste(clipboard.cards())) {
            statusLabel.setText("Select a cell to paste into");
        }
    }

    @FXML
    private void onDuplicate() {
        actions.duplicateSelection();
    }

    @FXML
    private void onDelete() {
        if (focusedText().isPresent()) {
            focusedText().get().deleteNextChar();
            return;
        }
        actions.deleteSelection();
    }

    @FXML
    private void onSelectAll() {
        if (focusedText().isPresent()) {
            focusedText().get().selectAll();
            return;
        }
        List<String> shown = canvas.geometry().cards().stream().map(CardBox::cardId).toList();
        editor.selection().selectCards(shown, editor.selection().cellProperty().get());
    }

    @FXML
    private void onPresent() {
        present();
    }

    /** Presents the map full-screen; leaving gives the editor back exactly as it was. */
    public PresentationView present() {
        PresentationView presentation = new PresentationView(editor.getMap(), canvas::requestFocus);
        presentation.show();
        return presentation;
    }

    @FXML
    private void onFind() {
        // Joins the window when first used: hidden, it would still be styled at start-up.
        if (findBar.getParent() == null) {
            centerBox.getChildren().add(0, findBar);
        }
        findBar.open();
    }

    @FXML
    private void onToggleTheme() {
        AppTheme theme = darkThemeItem.isSelected() ? AppTheme.DARK : AppTheme.LIGHT;
        applyTheme(theme);
        settings.update(current -> current.withTheme(theme.name()));
    }

    @FXML
    private void onZoomIn() {
        canvas.zoomBy(1.25);
    }

    @FXML
    private void onZoomOut() {
        canvas.zoomBy(0.8);
    }

    @FXML
    private void onZoomFit() {
        canvas.zoomToFit();
    }

    @FXML
    private void onZoomActual() {
        canvas.zoomTo(1, canvas.viewportWidth() / 2, canvas.viewportHeight() / 2);
    }

    @FXML
    private void onAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Journey Canvas");
        about.setHeaderText("Journey Canvas");
        about.setContentText("An offline editor for customer-journey maps.");
        about.showAndWait();
    }

}
