package org.journeycanvas.ui.inspector;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.model.Opportunity;
import org.journeycanvas.model.OpportunityStatus;

/**
 * The card inspector's part for an opportunity: impact and effort as rows of buttons 1–5 (pressing the pressed one
 * again clears it), the owner, the status, and a checklist of the map's pain points it addresses. Built in code
 * and put into the card section under the card's text; shown only for opportunity cards.
 */
final class OpportunitySection {
    private static final int LONGEST_PAIN_TEXT = 60;

    private final VBox root = new VBox();
    private final VBox painPointList = new VBox();
    private final OpportunitySectionModel model;
    private boolean showing;

    private OpportunitySection(OpportunitySectionModel model) {
        this.model = model;
        root.setId("opportunitySection");
        root.getStyleClass().add("inspector-row");
        Label title = new Label(Messages.get("inspector.opportunity.title"));
        title.getStyleClass().add("field-label");

        TextField owner = new TextField();
        owner.setId("opportunityOwner");
        owner.setPromptText(Messages.get("inspector.opportunity.ownerPrompt"));
        owner.textProperty().bindBidirectional(model.ownerProperty());
        FormControls.finishTypingOnFocusLoss(model, owner);

        ComboBox<OpportunityStatus> status = new ComboBox<>();
        status.setId("opportunityStatus");
        status.setMaxWidth(Double.MAX_VALUE);
        status.getItems().setAll(OpportunityStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(OpportunityStatus value) {
                return value == null ? "" : value.title();
            }

            @Override
            public OpportunityStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());

        painPointList.setId("opportunityPainPoints");
        painPointList.setSpacing(4);
        model.painPoints().addListener((javafx.collections.ListChangeListener<OpportunitySectionModel.PainPointChoice>)
                change -> showPainPoints());

        javafx.scene.control.Button linkConnected = new javafx.scene.control.Button();
        linkConnected.setId("opportunityLinkConnected");
        linkConnected.setMaxWidth(Double.MAX_VALUE);
        linkConnected.setWrapText(true);
        linkConnected.setOnAction(event -> model.linkConnected());
        model.connectedUnlinkedProperty()
                .addListener((obs, old, count) -> linkConnected.setText(
                        Messages.plural("inspector.opportunity.linkConnected", count.intValue())));
        linkConnected.visibleProperty().bind(model.connectedUnlinkedProperty().greaterThan(0));
        linkConnected.managedProperty().bind(linkConnected.visibleProperty());

        root.getChildren()
                .addAll(
                        title,
                        fieldLabel("inspector.opportunity.impact"),
                        ratingButtons("opportunityImpact", model.impactProperty()),
                        fieldLabel("inspector.opportunity.effort"),
                        ratingButtons("opportunityEffort", model.effortProperty()),
                        fieldLabel("inspector.opportunity.owner"),
                        owner,
                        fieldLabel("inspector.opportunity.status"),
                        status,
                        fieldLabel("inspector.opportunity.addresses"),
                        painPointList,
                        linkConnected);
        root.visibleProperty().bind(model.isOpportunityProperty());
        root.managedProperty().bind(model.isOpportunityProperty());
    }

    /** Builds the part and puts it into the card section's form, right under the card's text. */
    static OpportunitySection addTo(VBox cardSection, OpportunitySectionModel model) {
        OpportunitySection section = new OpportunitySection(model);
        int at = cardSection.getChildren().indexOf(cardSection.lookup("#cardText"));
        cardSection.getChildren().add(at < 0 ? cardSection.getChildren().size() : at + 1, section.root);
        return section;
    }

    private static Label fieldLabel(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    /** Buttons 1 to 5 for a rating; the one pressed follows the model, and pressing it again clears the rating. */
    private HBox ratingButtons(String id, ObjectProperty<Integer> rating) {
        HBox buttons = new HBox(4);
        buttons.setId(id);
        ToggleGroup group = new ToggleGroup();
        for (int value = Opportunity.MIN_RATING; value <= Opportunity.MAX_RATING; value++) {
            ToggleButton button = new ToggleButton(String.valueOf(value));
            button.setId(id + value);
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(Messages.get("inspector.opportunity.rating." + value)));
            button.setMinWidth(34);
            buttons.getChildren().add(button);
        }
        Runnable showRating = () -> {
            showing = true;
            try {
                group.selectToggle(group.getToggles().stream()
                        .filter(toggle -> toggle.getUserData().equals(rating.get()))
                        .findFirst()
                        .orElse(null));
            } finally {
                showing = false;
            }
        };
        rating.addListener((obs, old, value) -> showRating.run());
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (!showing) {
                rating.set(toggle == null ? null : (Integer) toggle.getUserData());
            }
        });
        showRating.run();
        return buttons;
    }

    /** One tick box per pain point of the map: its text, then its stage (and persona when there are several). */
    private void showPainPoints() {
        if (model.painPoints().isEmpty()) {
            Label hint = new Label(Messages.get("inspector.opportunity.noPainPoints"));
            hint.setWrapText(true);
            hint.getStyleClass().add("inspector-hint");
            painPointList.getChildren().setAll(hint);
            return;
        }
        long personas = model.painPoints().stream()
                .map(OpportunitySectionModel.PainPointChoice::personaName)
                .distinct()
                .count();
        List<String> ids = model.painPoints().stream()
                .map(choice -> "painPoint-" + choice.cardId())
                .toList();
        List<String> shownIds =
                painPointList.getChildren().stream().map(Node::getId).toList();
        if (ids.equals(shownIds)) {
            // Same pain points: update the boxes in place, so the one just ticked keeps the keyboard focus.
            for (int i = 0; i < ids.size(); i++) {
                showChoice(
                        (CheckBox) painPointList.getChildren().get(i),
                        model.painPoints().get(i),
                        personas > 1);
            }
            return;
        }
        painPointList.getChildren().clear();
        for (OpportunitySectionModel.PainPointChoice choice : model.painPoints()) {
            CheckBox box = new CheckBox();
            box.setId("painPoint-" + choice.cardId());
            box.setWrapText(true);
            showChoice(box, choice, personas > 1);
            box.selectedProperty().addListener((obs, was, linked) -> {
                if (!showing) {
                    model.link(choice.cardId(), linked);
                }
            });
            painPointList.getChildren().add(box);
        }
    }

    private void showChoice(CheckBox box, OpportunitySectionModel.PainPointChoice choice, boolean withPersona) {
        showing = true;
        try {
            box.setText(describe(choice, withPersona));
            box.setSelected(choice.linked());
        } finally {
            showing = false;
        }
    }

    private static String describe(OpportunitySectionModel.PainPointChoice choice, boolean withPersona) {
        String text = choice.text().strip().replace('\n', ' ');
        if (text.isEmpty()) {
            text = Messages.get("inspector.opportunity.untitledPainPoint");
        } else if (text.length() > LONGEST_PAIN_TEXT) {
            text = text.substring(0, LONGEST_PAIN_TEXT - 1) + "…";
        }
        return withPersona
                ? Messages.get(
                        "inspector.opportunity.painPointOfPersona", text, choice.stageName(), choice.personaName())
                : Messages.get("inspector.opportunity.painPoint", text, choice.stageName());
    }

    Node root() {
        return root;
    }

    void show(org.journeycanvas.model.JourneyMap.CardPlace place) {
        model.show(place);
    }
}
