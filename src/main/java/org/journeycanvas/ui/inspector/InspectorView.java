package org.journeycanvas.ui.inspector;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.ui.DialogService;
import org.journeycanvas.ui.EditorActions;
import org.journeycanvas.ui.EditorViewModel;
import org.journeycanvas.ui.PictureActions;
import org.journeycanvas.ui.PictureImports;
import org.journeycanvas.ui.Selection;

/**
 * The panel on the right: a heading and the section for what is selected — a card, a stage, a lane, a persona, a
 * connector — or for the map when nothing is. Each section is a small view with its own view model; this class
 * only picks which one shows. Typing in one field is one undo step until the field loses focus or the selection changes.
 */
public final class InspectorView {
    private final EditorViewModel editor;
    private final EditorActions actions;
    private final DialogService dialogs;
    private final Executor background;
    private final Consumer<String> status;
    private final ScrollPane root = new ScrollPane();
    private final VBox content = new VBox();
    private final Label heading = new Label();
    private MapSectionModel mapModel;
    private MapSection mapSection;
    private CardSectionModel cardModel;
    private CardSection cardSection;
    private OpportunitySection opportunitySection;
    private StageSectionModel stageModel;
    private StageSection stageSection;
    private LaneSectionModel laneModel;
    private LaneSection laneSection;
    private PersonaSectionModel personaModel;
    private PersonaSection personaSection;
    private ConnectorSectionModel connectorModel;
    private ConnectorSection connectorSection;

    public InspectorView(
            EditorViewModel editor,
            EditorActions actions,
            DialogService dialogs,
            Executor background,
            Consumer<String> status) {
        this.editor = editor;
        this.actions = actions;
        this.dialogs = dialogs;
        this.background = background;
        this.status = status;
        root.setId("inspector");
        root.getStyleClass().add("inspector-scroll");
        root.getStylesheets()
                .add(InspectorView.class.getResource("InspectorView.css").toExternalForm());
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.getStyleClass().add("inspector");
        heading.getStyleClass().add("inspector-heading");
        content.getChildren().add(heading);
        root.setContent(content);

        editor.mapProperty().addListener((obs, old, map) -> refresh());
        editor.selectionProperty().addListener((obs, old, selection) -> {
            actions.finishTyping();
            refresh();
        });
        editor.viewOptionsProperty().addListener((obs, old, options) -> refresh());
        refresh();
    }

    public Node root() {
        return root;
    }

    /** Adds a persona with the usual lanes, selects it and puts the cursor in its name. */
    public void addPersona() {
        addPersona(false);
    }

    /** The same, with a service blueprint's lanes under the persona's own when asked. */
    public void addPersona(boolean serviceBlueprint) {
        actions.addPersona(serviceBlueprint);
        if (personaSection != null) {
            personaSection.focusName();
        }
    }

    private void refresh() {
        JourneyMap map = editor.getMap();
        Selection selection = editor.getSelection();
        if (selection instanceof Selection.Cards cards && cards.cardIds().size() > 1) {
            show(
                    null,
                    Messages.plural("inspector.cardsSelected", cards.cardIds().size()));
        } else if (selection instanceof Selection.Cards cards && cards.single() != null) {
            map.findCard(cards.single())
                    .ifPresentOrElse(
                            place -> {
                                cardSection();
                                cardModel.show(place);
                                opportunitySection.show(place);
                                show(cardSection.root(), place.lane().kind().cardName());
                            },
                            () -> show(null, ""));
        } else if (selection instanceof Selection.OfStage stage) {
            map.stage(stage.stageId())
                    .ifPresentOrElse(
                            shown -> {
                                stageSection();
                                stageModel.show(shown);
                                show(stageSection.root(), Messages.get("inspector.heading.stage"));
                            },
                            () -> show(null, ""));
        } else if (selection instanceof Selection.OfLane lane) {
            map.lane(lane.laneId())
                    .ifPresentOrElse(
                            shown -> {
                                laneSection();
                                laneModel.show(shown);
                                show(laneSection.root(), Messages.get("inspector.heading.lane"));
                            },
                            () -> show(null, ""));
        } else if (selection instanceof Selection.OfPersona persona) {
            map.persona(persona.personaId())
                    .ifPresentOrElse(
                            shown -> {
                                personaSection();
                                personaModel.show(shown);
                                show(personaSection.root(), Messages.get("inspector.heading.persona"));
                            },
                            () -> show(null, ""));
        } else if (selection instanceof Selection.OfConnector connector) {
            map.connector(connector.connectorId())
                    .ifPresentOrElse(
                            shown -> {
                                connectorSection();
                                connectorModel.show(shown, map);
                                show(connectorSection.root(), Messages.get("inspector.heading.connector"));
                            },
                            () -> show(null, ""));
        } else {
            mapSection();
            mapModel.show(map);
            show(mapSection.root(), Messages.get("inspector.heading.map"));
        }
    }

    /**
     * Shows one section under the heading, or none. A section is built and joins the scene the first time it is
     * shown: one never shown would still be styled and have its controls' skins made, which at start-up costs
     * more than the rest of the window. Once in, sections are hidden rather than removed, so switching does not
     * style them again and the field being typed in keeps its focus.
     */
    private void show(Node section, String title) {
        heading.setText(title);
        if (section != null && section.getParent() == null) {
            content.getChildren().add(section);
        }
        for (Node child : content.getChildren()) {
            if (child != heading) {
                child.setVisible(child == section);
                child.setManaged(child == section);
            }
        }
    }

    private void mapSection() {
        if (mapSection == null) {
            mapModel = new MapSectionModel(actions);
            mapSection = new MapSection(mapModel, this::addPersona);
        }
    }

    private void cardSection() {
        if (cardSection == null) {
            PictureImports pictures = new PictureImports(new PictureActions(editor), background, status);
            cardModel = new CardSectionModel(
                    actions,
                    cardId -> dialogs.choosePicture()
                            .ifPresent(file ->
                                    pictures.importFiles(List.of(file), new PictureActions.Spot.OnCard(cardId))));
            cardSection = new CardSection(cardModel);
            opportunitySection =
                    OpportunitySection.addTo(cardSection.root(), new OpportunitySectionModel(editor, actions));
        }
    }

    private void stageSection() {
        if (stageSection == null) {
            stageModel = new StageSectionModel(actions);
            stageSection = new StageSection(stageModel);
        }
    }

    private void laneSection() {
        if (laneSection == null) {
            laneModel = new LaneSectionModel(editor, actions);
            laneSection = new LaneSection(laneModel);
        }
    }

    private void connectorSection() {
        if (connectorSection == null) {
            connectorModel = new ConnectorSectionModel(actions);
            connectorSection = new ConnectorSection(connectorModel);
        }
    }

    private void personaSection() {
        if (personaSection == null) {
            personaModel = new PersonaSectionModel(editor, actions, dialogs, background, status);
            personaSection = new PersonaSection(personaModel);
        }
    }
}
