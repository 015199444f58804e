package org.journeycanvas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.SettingsStore;
import org.journeycanvas.io.UserDataFolder;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.templates.TemplateCatalog;
import org.journeycanvas.ui.canvas.CanvasGestures;
import org.journeycanvas.ui.canvas.MapCanvas;
import org.journeycanvas.ui.canvas.PaletteView;
import org.journeycanvas.ui.compare.CompareActions;
import org.journeycanvas.ui.importing.ImportActions;
import org.journeycanvas.ui.importing.StageFiguresActions;
import org.journeycanvas.ui.inspector.InspectorView;
import org.journeycanvas.ui.presentation.PresentationView;
import org.journeycanvas.ui.print.PrintActions;

/**
 * The main window: menus, tool bar, palette, canvas, inspector and status bar, bound to one
 * {@link EditorViewModel}. This class only wires: the work is done by the view model, {@link EditorActions},
 * {@link DocumentFiles}, the menus' own classes and the canvas gestures.
 */
public final class MainView {
    @FXML
    private Menu personaFilterMenu;

    @FXML
    private CheckMenuItem darkThemeItem;

    @FXML
    private Menu languageMenu;

    @FXML
    private Menu openRecentMenu;

    @FXML
    private Menu insertMenu;

    @FXML
    private MenuItem printItem;

    @FXML
    private MenuItem importItem;

    @FXML
    private MenuItem importFiguresItem;

    @FXML
    private Menu editItems;

    @FXML
    private MenuItem undoItem;

    @FXML
    private MenuItem redoItem;

    @FXML
    private Button undoButton;

    @FXML
    private Button redoButton;

    @FXML
    private MenuItem compareItem;

    private WindowFrame frame;
    private Stage stage;
    private EditorViewModel editor;
    private DocumentFiles files;
    private MapCanvas canvas;
    private CanvasGestures gestures;
    private PaletteView palette;
    private InspectorView inspector;
    private EditorActions actions;
    private PictureImports pictureImports;
    private FindBar findBar;
    private ChangedOnDisk changedOnDisk;
    private CompareActions compare;
    private ExportActions exports;
    private UnsavedWork unsavedWork;
    private DialogService dialogs;
    private AppSettings settings;
    private AppTheme theme;
    private final WindowWorkers workers = new WindowWorkers();

    /** Loads the window into a stage, with real dialogs and the app's files in the user's data folder. */
    public static MainView load(Stage stage) {
        return loadMapFirst(stage, new FxDialogService(stage), UserDataFolder.get());
    }

    /**
     * Loads only what the first frame shows (the frame, the canvas with its map, the status bar); the menus,
     * tool bar, palette and inspector join once that frame is drawn, their shortcuts and the canvas's gestures
     * (mouse and keys on the map) with them.
     */
    static MainView loadMapFirst(Stage stage, DialogService dialogs, Path dataFolder) {
        MainView view = new MainView();
        view.wire(stage, dialogs, dataFolder);
        AfterFirstFrame.run(view.frame.root, view.canvas::isViewComplete, () -> {
            view.buildRest();
            view.frame.focusFirstControl(view.canvas);
        });
        return view;
    }

    /** Loads the whole window at once, with the given dialogs, keeping settings and templates in {@code dataFolder}. */
    public static MainView load(Stage stage, DialogService dialogs, Path dataFolder) {
        MainView view = new MainView();
        view.wire(stage, dialogs, dataFolder);
        view.buildRest();
        return view;
    }

    public BorderPane root() {
        return frame.root;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public MapCanvas canvas() {
        return canvas;
    }

    /** The theme the window is shown in. */
    public AppTheme theme() {
        return theme;
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
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), this::onZoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), this::onZoomIn);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), this::onZoomOut);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // The palette and the gestures come with the rest of the window, after the first frame.
            boolean built = gestures != null && palette != null;
            if (event.getCode() == KeyCode.ESCAPE && built && (gestures.isDragging() || palette.isDragging())) {
                gestures.cancel();
                palette.cancel();
                event.consume();
            }
        });
        MapFileDrop.install(scene, files::open);
        stage.setOnCloseRequest(event -> {
            event.consume();
            files.close(() -> closeCleanly(stage::close));
        });
    }

    /** Builds what the first frame shows, and what works without the menus. */
    private void wire(Stage ownerStage, DialogService dialogService, Path dataFolder) {
        this.stage = ownerStage;
        this.dialogs = dialogService;
        settings = new AppSettings(new SettingsStore(dataFolder), workers.saves());
        // Before the first control: the first one would otherwise load JavaFX's own theme, only to replace it.
        theme = AppTheme.named(settings.get().theme());
        theme.apply();
        frame = new WindowFrame();
        Consumer<String> status = frame.statusLabel::setText;
        TemplateCatalog templates = new TemplateCatalog(dataFolder.resolve("templates"));
        editor = new EditorViewModel(BlankMap.from(templates), new IdGenerator());
        actions = new EditorActions(editor);
        changedOnDisk =
                new ChangedOnDisk(editor, frame.centerBox, status, (map, name) -> compare.compareWith(map, name));
        files = new DocumentFiles(editor, dialogs, settings, workers, templates, status, changedOnDisk);
        canvas = new MapCanvas(editor.selectionProperty());
        frame.canvasHost.getChildren().add(canvas);
        canvas.setTheme(theme.mapTheme());
        editor.viewOptionsProperty().addListener((obs, old, options) -> canvas.setViewOptions(options));
        unsavedWork = new UnsavedWork(stage, editor, dialogs, workers, dataFolder.resolve("recovery"), status);
        unsavedWork.alsoWhenGone(changedOnDisk::close);

        editor.mapProperty().addListener((obs, old, map) -> canvas.show(map));
        canvas.show(editor.getMap());
        stage.titleProperty().bind(editor.titleProperty());
        StatusBar.bind(editor, canvas, frame.cardCountLabel, frame.fileStateLabel, frame.zoomLabel);
    }

    /** Builds the rest: the menus and tool bar (MainView.fxml), the palette's items and the inspector. */
    private void buildRest() {
        // Not before the first frame, where it would share the processor with drawing it; applied at the end.
        AppIcon.decodeAhead();
        // The canvas's gestures and what only menus use: nothing of them shows in the first frame.
        Consumer<String> status = frame.statusLabel::setText;
        gestures = new CanvasGestures(canvas, editor, actions);
        exports = new ExportActions(editor, dialogs, settings, workers.exports(), status);
        compare = new CompareActions(editor, canvas, frame.centerBox, dialogs, workers.reads(), status);
        pictureImports = new PictureImports(new PictureActions(editor), workers.reads(), status);
        PictureFileDrop.install(canvas, pictureImports, status);
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"), Messages.bundle());
        loader.setController(this);
        loader.setRoot(frame.top);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's FXML is missing or broken", e);
        }
        palette = new PaletteView(canvas, actions, gestures);
        frame.showPalette(palette);
        inspector = new InspectorView(editor, actions, dialogs, workers.reads(), status);
        frame.inspectorHost.getChildren().add(inspector.root());
        findBar = new FindBar(editor, canvas);
        compare.attachTo(compareItem);
        new PrintActions(stage, editor, dialogs, workers.exports(), status).attachTo(printItem);
        new ImportActions(stage, editor, files, dialogs, workers.reads(), status).attachTo(importItem);
        new StageFiguresActions(editor, dialogs, workers.reads(), status).attachTo(importFiguresItem);
        new EditMenu(
                        editor,
                        actions,
                        new CardClipboard(Clipboard.getSystemClipboard()),
                        canvas,
                        () -> frame.root.getScene() == null
                                ? null
                                : frame.root.getScene().getFocusOwner(),
                        status,
                        new MermaidPaste(editor, dialogs, status),
                        pictureImports)
                .attachTo(editItems);
        new InsertMenu(insertMenu, editor, actions, canvas, gestures, inspector::addPersona, status);
        new PersonaFilterMenu(personaFilterMenu, editor);
        ViewMenu.wire(personaFilterMenu.getParentMenu(), stage, editor, canvas, dialogs, workers, status);
        LanguageMenu.fill(languageMenu, settings, status);
        darkThemeItem.setSelected(theme == AppTheme.DARK);
        UndoRedoControls.bind(editor, undoItem, redoItem, undoButton, redoButton);
        new RecentFilesMenu(openRecentMenu, files);
        AppIcon.applyTo(stage);
    }

    /** Keeps a recovery copy now if there are unsaved changes (tests and the crash handler call this). */
    public void autosaveNow() {
        unsavedWork.saveNow();
    }

    /**
     * Offers back the maps that earlier runs left unsaved: restore one here, save elsewhere, or discard.
     * Completes when every one was answered.
     */
    public CompletableFuture<Void> offerRecovery() {
        return unsavedWork.offerRecovery();
    }

    /** Catches errors nothing else caught, keeps a recovery copy and offers to save a copy. */
    public void installCrashHandler() {
        unsavedWork.installCrashHandler(files::saveCopy);
    }

    /** Ends cleanly: stops autosave and the workers, and removes this window's recovery copy. */
    private void closeCleanly(Runnable then) {
        changedOnDisk.close();
        unsavedWork.closeCleanly();
        then.run();
    }

    private void applyTheme(AppTheme chosen) {
        theme = chosen;
        chosen.apply();
        canvas.setTheme(chosen.mapTheme());
        darkThemeItem.setSelected(chosen == AppTheme.DARK);
    }

    /** Presents the map full-screen; leaving gives the editor back exactly as it was. */
    public PresentationView present() {
        PresentationView presentation = new PresentationView(editor.getMap(), canvas::requestFocus);
        presentation.show();
        return presentation;
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
    private void onPresent() {
        present();
    }

    @FXML
    private void onFind() {
        // Joins the window when first used: hidden, it would still be styled at start-up.
        if (findBar.getParent() == null) {
            frame.centerBox.getChildren().add(0, findBar);
        }
        findBar.open();
    }

    @FXML
    private void onToggleTheme() {
        AppTheme chosen = darkThemeItem.isSelected() ? AppTheme.DARK : AppTheme.LIGHT;
        applyTheme(chosen);
        settings.update(current -> current.withTheme(chosen.name()));
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
        dialogs.showAbout();
    }
}
