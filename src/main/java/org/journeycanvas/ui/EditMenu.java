package org.journeycanvas.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.canvas.MapCanvas;

/**
 * Edit → Cut, Copy, Paste, Delete and Select All: on the text of the field being typed in, if any, else on the
 * selected cards of the map. A Mermaid journey on the clipboard pastes as stages, personas and cards.
 */
final class EditMenu {
    private final EditorViewModel editor;
    private final EditorActions actions;
    private final CardClipboard clipboard;
    private final MapCanvas canvas;
    private final Supplier<Node> focusOwner;
    private final Consumer<String> status;
    private final CopyAsPicture picture;
    private final MermaidPaste mermaid;
    private final PictureImports pictures;

    EditMenu(
            EditorViewModel editor,
            EditorActions actions,
            CardClipboard clipboard,
            MapCanvas canvas,
            Supplier<Node> focusOwner,
            Consumer<String> status,
            MermaidPaste mermaid,
            PictureImports pictures) {
        this.editor = editor;
        this.mermaid = mermaid;
        this.pictures = pictures;
        this.actions = actions;
        this.clipboard = clipboard;
        this.canvas = canvas;
        this.focusOwner = focusOwner;
        this.status = status;
        this.picture = new CopyAsPicture(editor, canvas, Clipboard.getSystemClipboard(), status);
    }

    /** Gives the Edit menu's items (by their ids in the window's FXML) their actions. */
    void attachTo(Menu menu) {
        Map<String, Runnable> actions = Map.of(
                "cutItem", this::cut,
                "copyItem", this::copy,
                "copyAsPictureItem", this::copyAsPicture,
                "pasteItem", this::paste,
                "duplicateItem", this::duplicate,
                "deleteItem", this::delete,
                "selectAllItem", this::selectAll);
        for (MenuItem item : menu.getItems()) {
            Runnable action = item.getId() == null ? null : actions.get(item.getId());
            if (action != null) {
                item.setOnAction(event -> action.run());
            }
        }
    }

    void cut() {
        if (focusedText().isPresent()) {
            focusedText().get().cut();
            return;
        }
        copy();
        actions.deleteSelection();
    }

    void copy() {
        if (focusedText().isPresent()) {
            focusedText().get().copy();
            return;
        }
        List<Card> cards = actions.selectedCards();
        if (cards.isEmpty()) {
            return;
        }
        Map<String, LaneKind> kinds = new HashMap<>();
        cards.forEach(card -> kinds.put(
                card.id(),
                editor.getMap().findCard(card.id()).orElseThrow().lane().kind()));
        clipboard.copy(cards, kinds, actions.connectorsAmong(cards));
        status.accept(Messages.plural("status.copiedCards", cards.size()));
    }

    /** A picture of the selection, or of the stages in view, for slides: of the map even while text has focus. */
    void copyAsPicture() {
        picture.copy();
    }

    void paste() {
        if (focusedText().isPresent()) {
            focusedText().get().paste();
            return;
        }
        Optional<String> journey = clipboard.mermaidJourney();
        if (journey.isPresent()) {
            // A whole journey goes into the map, wherever the selection is; no cell is needed.
            mermaid.paste(journey.get());
            return;
        }
        if (clipboard.holdsPicture()) {
            pastePicture();
            return;
        }
        if (!actions.paste(clipboard.cards(), clipboard.connectors())) {
            status.accept(Messages.get("status.pasteNeedsCell"));
        }
    }

    /** The clipboard's image, or its PNG and JPEG files, into the selected storyboard card or cell. */
    private void pastePicture() {
        Optional<PictureActions.Spot> spot = PictureActions.of(editor.getSelection());
        if (spot.isEmpty()) {
            status.accept(Messages.get("picture.status.needsCell"));
            return;
        }
        Clipboard system = clipboard.system();
        if (system.hasImage()) {
            pictures.importImage(system.getImage(), spot.get());
        } else {
            pictures.importFiles(
                    system.getFiles().stream().map(java.io.File::toPath).toList(), spot.get());
        }
    }

    void duplicate() {
        actions.duplicateSelection();
    }

    void delete() {
        if (focusedText().isPresent()) {
            focusedText().get().deleteNextChar();
            return;
        }
        actions.deleteSelection();
    }

    /** Selects every card shown (not those of hidden personas or collapsed lanes). */
    void selectAll() {
        if (focusedText().isPresent()) {
            focusedText().get().selectAll();
            return;
        }
        List<String> shown =
                canvas.geometry().cards().stream().map(CardBox::cardId).toList();
        editor.select(Selection.cards(shown, editor.getSelection().pasteCell()));
    }

    /** The text field that has focus, if any: Edit commands chosen from the menu then act on its text. */
    private Optional<TextInputControl> focusedText() {
        return focusOwner.get() instanceof TextInputControl text ? Optional.of(text) : Optional.empty();
    }
}
