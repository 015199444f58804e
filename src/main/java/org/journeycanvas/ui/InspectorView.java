package org.journeycanvas.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.journeycanvas.command.AddLaneCommand;
import org.journeycanvas.command.AddPersonaCommand;
import org.journeycanvas.command.CardEdit;
import org.journeycanvas.command.Command;
import org.journeycanvas.command.DeleteLaneCommand;
import org.journeycanvas.command.DeletePersonaCommand;
import org.journeycanvas.command.EditCardCommand;
import org.journeycanvas.command.EditMapCommand;
import org.journeycanvas.command.EditPersonaCommand;
import org.journeycanvas.command.EditStageCommand;
import org.journeycanvas.command.MapEdit;
import org.journeycanvas.command.MoveLaneCommand;
import org.journeycanvas.command.MovePersonaCommand;
import org.journeycanvas.command.PersonaEdit;
import org.journeycanvas.command.RenameLaneCommand;
import org.journeycanvas.command.StageEdit;
import org.journeycanvas.io.PersonaPhotos;
import org.journeycanvas.io.PhotoException;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.NewPersona;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.Channel;
import org.journeycanvas.model.IdGenerator;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Lane;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.model.Persona;
import org.journeycanvas.model.PhotoUri;
import org.journeycanvas.model.Stage;
import org.journeycanvas.render.Icons;
import org.journeycanvas.ui.canvas.FxFonts;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The panel on the right: every field of what is selected — a card, a stage, a lane, a persona — or of the map
 * when nothing is. Each edit is one command; typing in one field is one undo step until the field loses focus.
 */
public final class InspectorView {
    private static final String[] SCORE_NAMES = {"Very negative", "Negative", "Neutral", "Positive", "Very positive"};

    @FXML
    private ScrollPane root;
    @FXML
    private VBox inspectorContent;
    @FXML
    private Label heading;
    @FXML
    private VBox mapSection;
    @FXML
    private TextField mapTitle;
    @FXML
    private TextArea mapDescription;
    @FXML
    private Label mapSummary;
    @FXML
    private VBox cardSection;
    @FXML
    private TextArea cardText;
    @FXML
    private VBox channelRow;
    @FXML
    private ComboBox<Channel> cardChannel;
    @FXML
    private VBox scoreRow;
    @FXML
    private ToggleButton scoreMinus2;
    @FXML
    private ToggleButton scoreMinus1;
    @FXML
    private ToggleButton scoreZero;
    @FXML
    private ToggleButton scorePlus1;
    @FXML
    private ToggleButton scorePlus2;
    @FXML
    private Label scoreLabel;
    @FXML
    private TextArea cardNote;
    @FXML
    private TextField cardTags;
    @FXML
    private ColorPicker cardColor;
    @FXML
    private VBox stageSection;
    @FXML
    private TextField stageName;
    @FXML
    private TextArea stageDescription;
    @FXML
    private ColorPicker stageColor;
    @FXML
    private VBox laneSection;
    @FXML
    private TextField laneTitle;
    @FXML
    private Label laneKind;
    @FXML
    private ToggleButton laneCollapse;
    @FXML
    private VBox personaSection;
    @FXML
    private VBox photoBox;
    @FXML
    private Button personaPhotoRemove;
    @FXML
    private TextField personaName;
    @FXML
    private TextField personaRole;
    @FXML
    private TextArea personaQuote;
    @FXML
    private TextArea personaDescription;
    @FXML
    private TextArea personaGoals;
    @FXML
    private ColorPicker personaColor;
    @FXML
    private MenuButton addLaneButton;

    private final ToggleGroup scoreGroup = new ToggleGroup();
    private EditorViewModel editor;
    private DialogService dialogs;
    private Executor background;
    private Consumer<String> status;
    private boolean refreshing;
    private Object shown;

    public static InspectorView load(EditorViewModel editor, DialogService dialogs, Executor background,
                                     Consumer<String> status) {
        FXMLLoader loader = new FXMLLoader(InspectorView.class.getResource("InspectorView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the inspector's FXML is missing or broken", e);
        }
        InspectorView view = loader.getController();
        view.wire(editor, dialogs, background, status);
        return view;
    }

    public Node root() {
        return root;
    }

    /** Puts the cursor in the name of the selected persona (after adding one) or the map's title. */
    public void focusName() {
        (personaSection.isVisible() ? personaName : mapTitle).requestFocus();
    }

    private void wire(EditorViewModel editorModel, DialogService dialogService, Executor executor,
                      Consumer<String> statusLine) {
        this.editor = editorModel;
        this.dialogs = dialogService;
        this.background = executor;
        this.status = statusLine;
        root.setId("inspector");

        onEdit(mapTitle, text -> new EditMapCommand(new MapEdit.SetTitle(text)));
        onEdit(mapDescription, text -> new EditMapCommand(new MapEdit.SetDescription(text)));
        onEdit(cardText, text -> cardEdit(new CardEdit.SetText(text)));
        onEdit(cardNote, text -> cardEdit(new CardEdit.SetNote(text)));
        onEdit(cardTags, text -> cardEdit(new CardEdit.SetTags(splitTags(text))));
        onEdit(stageName, text -> new EditStageCommand(stageId(), new StageEdit.SetName(text)));
        onEdit(stageDescription, text -> new EditStageCommand(stageId(), new StageEdit.SetDescription(text)));
        onEdit(laneTitle, text -> new RenameLaneCommand(laneId(), text));
        onEdit(personaName, text -> personaEdit(new PersonaEdit.SetName(text)));
        onEdit(personaRole, text -> personaEdit(new PersonaEdit.SetRole(text)));
        onEdit(personaQuote, text -> personaEdit(new PersonaEdit.SetQuote(text)));
        onEdit(personaDescription, text -> personaEdit(new PersonaEdit.SetDescription(text)));
        onEdit(personaGoals, text -> personaEdit(new PersonaEdit.SetGoals(splitLines(text))));
        onColor(cardColor, color -> cardEdit(new CardEdit.SetColor(color)));
        onColor(stageColor, color -> new EditStageCommand(stageId(), new StageEdit.SetColor(color)));
        onColor(personaColor, color -> personaEdit(new PersonaEdit.SetColor(color)));

        cardChannel.getItems().setAll(Channel.values());
        cardChannel.setCellFactory(list -> new ChannelCell());
        cardChannel.setButtonCell(new ChannelCell());
        cardChannel.valueProperty().addListener((obs, old, channel) -> {
            if (!refreshing && channel != null) {
                editor.execute(cardEdit(new CardEdit.SetChannel(channel)));
                editor.closeStep();
            }
        });
        ToggleButton[] scores = {scoreMinus2, scoreMinus1, scoreZero, scorePlus1, scorePlus2};
        for (int i = 0; i < scores.length; i++) {
            int score = i - 2;
            scores[i].setToggleGroup(scoreGroup);
            scores[i].setUserData(score);
            scores[i].setId("score" + (score < 0 ? "Minus" + -score : score == 0 ? "Zero" : "Plus" + score));
            scores[i].setGraphic(glyph(Icons.score(score), 18));
            scores[i].setTooltip(new Tooltip(describeScore(score)));
        }
        scoreGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (!refreshing) {
                editor.execute(cardEdit(new CardEdit.SetScore(toggle == null ? null : (Integer) toggle.getUserData())));
                editor.closeStep();
            }
        });
        for (LaneKind kind : LaneKind.values()) {
            MenuItem item = new MenuItem(kind.title(), glyph(Icons.laneKind(kind), 16));
            item.setOnAction(event -> addLane(kind));
            addLaneButton.getItems().add(item);
        }

        editor.mapProperty().addListener((obs, old, map) -> refresh());
        Selection selection = editor.selection();
        selection.cardIds().addListener((javafx.collections.SetChangeListener<String>) change -> refresh());
        selection.stageIdProperty().addListener((obs, old, value) -> refresh());
        selection.laneIdProperty().addListener((obs, old, value) -> refresh());
        selection.personaIdProperty().addListener((obs, old, value) -> refresh());
        editor.viewOptionsProperty().addListener((obs, old, value) -> refresh());
        inspectorContent.getChildren().setAll(heading);
        refresh();
    }

    private void refresh() {
        refreshing = true;
        try {
            JourneyMap map = editor.getMap();
            Selection selection = editor.selection();
            Object now = whatIsSelected(selection);
            if (!now.equals(shown)) {
                editor.closeStep();
                shown = now;
            }
            if (selection.cardIds().size() == 1) {
                map.findCard(selection.cardIds().iterator().next())
                        .ifPresentOrElse(this::showCard, () -> show(null));
            } else if (selection.cardIds().size() > 1) {
                show(null);
                heading.setText(selection.cardIds().size() + " cards selected");
            } else if (selection.stageIdProperty().get() != null) {
                map.stage(selection.stageIdProperty().get())
                        .ifPresentOrElse(this::showStage, () -> show(null));
            } else if (selection.laneIdProperty().get() != null) {
                map.lane(selection.laneIdProperty().get())
                        .ifPresentOrElse(this::showLane, () -> show(null));
            } else if (selection.personaIdProperty().get() != null) {
                map.persona(selection.personaIdProperty().get())
                        .ifPresentOrElse(this::showPersona, () -> show(null));
            } else {
                showMap(map);
            }
        } finally {
            refreshing = false;
        }
    }

    private void showMap(JourneyMap map) {
        show(mapSection);
        heading.setText("Map");
        setText(mapTitle, map.title());
        setText(mapDescription, map.description());
        int stages = map.stages().size();
        int personas = map.personas().size();
        mapSummary.setText(stages + (stages == 1 ? " stage, " : " stages, ") + personas
                + (personas == 1 ? " persona, " : " personas, ") + map.cardCount() + " cards. "
                + "Select a card, stage, lane label or persona header to edit it here.");
    }

    private void showCard(JourneyMap.CardPlace place) {
        show(cardSection);
        Card card = place.card();
        LaneKind kind = place.lane().kind();
        heading.setText(kind.cardName());
        setText(cardText, card.text());
        setText(cardNote, card.note());
        setText(cardTags, String.join(", ", card.tags()));
        cardColor.setValue(card.color() == null ? Color.TRANSPARENT : Color.web(card.color()));
        channelRow.setVisible(kind == LaneKind.TOUCHPOINTS);
        channelRow.setManaged(kind == LaneKind.TOUCHPOINTS);
        cardChannel.setValue(card.channel());
        scoreRow.setVisible(kind == LaneKind.EMOTIONS);
        scoreRow.setManaged(kind == LaneKind.EMOTIONS);
        scoreGroup.getToggles().forEach(toggle -> toggle.setSelected(card.score() != null
                && card.score().equals(toggle.getUserData())));
        scoreLabel.setText(card.score() == null ? "Not rated yet" : describeScore(card.score()));
    }

    private void showStage(Stage stage) {
        show(stageSection);
        heading.setText("Stage");
        setText(stageName, stage.name());
        setText(stageDescription, stage.description());
        stageColor.setValue(stage.color() == null ? Color.TRANSPARENT : Color.web(stage.color()));
    }

    private void showLane(Lane lane) {
        show(laneSection);
        heading.setText("Lane");
        setText(laneTitle, lane.title());
        laneKind.setText(lane.kind().title() + " lane · " + lane.cards().size()
                + (lane.cards().size() == 1 ? " card" : " cards"));
        laneCollapse.setSelected(editor.viewOptionsProperty().get().collapsedLaneIds().contains(lane.id()));
    }

    private void showPersona(Persona persona) {
        show(personaSection);
        heading.setText("Persona");
        setText(personaName, persona.name());
        setText(personaRole, persona.role());
        setText(personaQuote, persona.quote());
        setText(personaDescription, persona.description());
        if (!splitLines(personaGoals.getText()).equals(persona.goals())) {
            personaGoals.setText(String.join("\n", persona.goals()));
        }
        personaColor.setValue(persona.color() == null ? Color.TRANSPARENT : Color.web(persona.color()));
        photoBox.getChildren().setAll(photoView(persona.photo()));
        personaPhotoRemove.setDisable(persona.photo() == null);
    }

    /**
     * Shows one section under the heading, or none. A section joins the scene the first time it is shown: one
     * never shown would still be styled and have its controls' skins made, which at start-up costs more than
     * the rest of the window. Once in, sections are hidden rather than removed, so switching does not style
     * them again and the field being typed in keeps its focus.
     */
    private void show(VBox section) {
        if (section != null && section.getParent() == null) {
            inspectorContent.getChildren().add(section);
        }
        for (Node child : inspectorContent.getChildren()) {
            if (child != heading) {
                child.setVisible(child == section);
                child.setManaged(child == section);
            }
        }
    }

    /** Runs an edit for each change of a field's text, except when the inspector itself fills the field. */
    private void onEdit(TextInputControl field, Function<String, Command> edit) {
        field.textProperty().addListener((obs, old, text) -> {
            if (!refreshing) {
                editor.execute(edit.apply(text));
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                editor.closeStep();
            }
        });
    }

    private void onColor(ColorPicker picker, Function<String, Command> edit) {
        picker.valueProperty().addListener((obs, old, color) -> {
            if (!refreshing && color != null && color.getOpacity() > 0) {
                editor.execute(edit.apply(hex(color)));
                editor.closeStep();
            }
        });
    }

    private static void setText(TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private Command cardEdit(CardEdit edit) {
        return new EditCardCommand(editor.selection().cardIds().iterator().next(), edit);
    }

    private Command personaEdit(PersonaEdit edit) {
        return new EditPersonaCommand(personaId(), edit);
    }

    private String stageId() {
        return editor.selection().stageIdProperty().get();
    }

    private String laneId() {
        return editor.selection().laneIdProperty().get();
    }

    private String personaId() {
        return editor.selection().personaIdProperty().get();
    }

    @FXML
    private void onAddPersona() {
        addPersona();
    }

    /** Adds a persona with the usual lanes at the bottom, selects it and puts the cursor in its name. */
    public void addPersona() {
        JourneyMap map = editor.getMap();
        Persona persona = NewPersona.create(new IdGenerator(), new HashSet<>(map.ids()), "New persona");
        editor.execute(new AddPersonaCommand(persona, map.personas().size()));
        editor.selection().selectPersona(persona.id());
        focusName();
        personaName.selectAll();
    }

    private void addLane(LaneKind kind) {
        Persona persona = editor.getMap().persona(personaId()).orElseThrow();
        editor.execute(AddLaneCommand.inUsualPlace(persona, Lane.of(editor.newId(), kind)));
    }

    @FXML
    private void onCardColorReset() {
        editor.execute(cardEdit(new CardEdit.SetColor(null)));
        editor.closeStep();
    }

    @FXML
    private void onStageColorReset() {
        editor.execute(new EditStageCommand(stageId(), new StageEdit.SetColor(null)));
        editor.closeStep();
    }

    @FXML
    private void onPersonaColorReset() {
        editor.execute(personaEdit(new PersonaEdit.SetColor(null)));
        editor.closeStep();
    }

    @FXML
    private void onLaneUp() {
        moveLane(-1);
    }

    @FXML
    private void onLaneDown() {
        moveLane(1);
    }

    private void moveLane(int step) {
        Persona persona = editor.getMap().personaOfLane(laneId()).orElseThrow();
        int index = persona.lanes().indexOf(editor.getMap().lane(laneId()).orElseThrow()) + step;
        if (index >= 0 && index < persona.lanes().size()) {
            editor.execute(new MoveLaneCommand(laneId(), index));
        }
    }

    @FXML
    private void onLaneCollapse() {
        ViewOptions options = editor.viewOptionsProperty().get();
        editor.viewOptionsProperty().set(options.withLaneCollapsed(laneId(), laneCollapse.isSelected()));
    }

    @FXML
    private void onLaneDelete() {
        editor.execute(new DeleteLaneCommand(laneId()));
    }

    @FXML
    private void onPersonaUp() {
        movePersona(-1);
    }

    @FXML
    private void onPersonaDown() {
        movePersona(1);
    }

    private void movePersona(int step) {
        JourneyMap map = editor.getMap();
        int index = map.personas().indexOf(map.persona(personaId()).orElseThrow()) + step;
        if (index >= 0 && index < map.personas().size()) {
            editor.execute(new MovePersonaCommand(personaId(), index));
        }
    }

    @FXML
    private void onPersonaDelete() {
        editor.execute(new DeletePersonaCommand(personaId()));
    }

    @FXML
    private void onChoosePhoto() {
        String personaId = personaId();
        dialogs.choosePhoto().ifPresent(file -> {
            status.accept("Importing " + file.getFileName() + "…");
            Task<String> importing = new Task<>() {
                @Override
                protected String call() throws PhotoException {
                    return PersonaPhotos.importPhoto(file);
                }
            };
            importing.setOnSucceeded(event -> {
                if (editor.getMap().persona(personaId).isPresent()) {
                    editor.execute(new EditPersonaCommand(personaId, new PersonaEdit.SetPhoto(importing.getValue())));
                    editor.closeStep();
                }
                status.accept("Photo added");
            });
            importing.setOnFailed(event -> {
                status.accept("Photo not added");
                Throwable failure = importing.getException();
                dialogs.showError("Cannot use this photo", failure instanceof PhotoException
                        ? failure.getMessage() : "Unexpected error: " + failure);
            });
            background.execute(importing);
        });
    }

    @FXML
    private void onRemovePhoto() {
        editor.execute(personaEdit(new PersonaEdit.SetPhoto(null)));
        editor.closeStep();
    }

    private Object whatIsSelected(Selection selection) {
        return List.of(String.valueOf(selection.cardIds()), String.valueOf(selection.stageIdProperty().get()),
                String.valueOf(selection.laneIdProperty().get()), String.valueOf(selection.personaIdProperty().get()));
    }

    private static Node photoView(String dataUri) {
        byte[] image;
        try {
            image = dataUri == null ? null : PhotoUri.bytes(dataUri);
        } catch (IllegalArgumentException e) {
            image = null;
        }
        if (image == null) {
            return glyph(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE.getCode(), 56);
        }
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(image), 56, 56, true, true));
        view.setId("personaPhoto");
        view.setClip(new Circle(28, 28, 28));
        return view;
    }

    private static Text glyph(int codePoint, double size) {
        Text text = new Text(new String(Character.toChars(codePoint)));
        text.setFont(FxFonts.icons(size));
        text.getStyleClass().add("inspector-glyph");
        return text;
    }

    private static String describeScore(int score) {
        return SCORE_NAMES[score + 2] + " (" + (score > 0 ? "+" : "") + score + ")";
    }

    private static String hex(Color color) {
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }

    static List<String> splitTags(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    static List<String> splitLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A channel with its icon, in the channel picker. */
    private static final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel channel, boolean empty) {
            super.updateItem(channel, empty);
            setText(empty || channel == null ? null : channel.label());
            setGraphic(empty || channel == null ? null : glyph(Icons.channel(channel), 16));
        }
    }
}
