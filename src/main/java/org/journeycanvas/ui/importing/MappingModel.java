package org.journeycanvas.ui.importing;

import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.importing.ColumnMapping;
import org.journeycanvas.importing.ScoreScale;
import org.journeycanvas.importing.TableImport;
import org.journeycanvas.importing.TableImportOptions;
import org.journeycanvas.importing.TableMapBuilder;
import org.journeycanvas.io.Progress;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.io.table.Table;
import org.journeycanvas.io.table.TableReadException;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.ui.DialogService.ImportTarget;

/**
 * The mapping step's state: the table, which column holds what, the score scale and the kind of unknown
 * lanes, and the preview of the map they make. Every change rebuilds the preview in the background; a newer
 * change makes an older build stop and be dropped, so quick changes cost one build, and the JavaFX thread
 * never waits for one.
 */
final class MappingModel {
    private static final Logger LOG = Logger.getLogger(MappingModel.class.getName());

    private final TableSource source;
    private final Executor background;
    private final Executor fx;
    private final AtomicLong generation = new AtomicLong();

    private final ObjectProperty<Table> table = new SimpleObjectProperty<>(this, "table");
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>(this, "mapping");
    private final ObjectProperty<ScoreScale> chosenScale = new SimpleObjectProperty<>(this, "chosenScale");
    private final ReadOnlyObjectWrapper<ScoreScale> assumedScale =
            new ReadOnlyObjectWrapper<>(this, "assumedScale", ScoreScale.MINUS_TWO_TO_TWO);
    private final ObjectProperty<LaneKind> unknownLaneKind =
            new SimpleObjectProperty<>(this, "unknownLaneKind", LaneKind.NOTES);
    private final ObjectProperty<ImportTarget> target =
            new SimpleObjectProperty<>(this, "target", ImportTarget.NEW_MAP);
    private final ReadOnlyObjectWrapper<TableImport> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final IntegerProperty choice = new SimpleIntegerProperty(this, "choice");
    private final BooleanBinding canImport;

    /**
     * @param background where tables are read again and previews built
     * @param fx where results are published: the JavaFX thread in the app
     */
    MappingModel(TableSource source, Table first, Executor background, Executor fx) {
        this.source = source;
        this.background = background;
        this.fx = fx;
        choice.set(source.chosen());
        canImport = Bindings.createBooleanBinding(
                () -> preview.get() != null
                        && hasText(mapping.get())
                        && preview.get().map().cardCount() > 0,
                preview,
                mapping);
        table.addListener((obs, old, now) -> {
            chosenScale.set(null);
            mapping.set(ColumnMapping.guess(now.header()));
            rebuild();
        });
        mapping.addListener((obs, old, now) -> rebuild());
        chosenScale.addListener((obs, old, now) -> rebuild());
        unknownLaneKind.addListener((obs, old, now) -> rebuild());
        choice.addListener((obs, old, now) -> reread(now.intValue()));
        table.set(first);
    }

    TableSource source() {
        return source;
    }

    ReadOnlyObjectProperty<Table> tableProperty() {
        return table;
    }

    ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    /** The role of a 0-based column, or null when it is ignored. */
    ColumnRole roleOf(int column) {
        ColumnMapping current = mapping.get();
        for (ColumnRole role : ColumnRole.values()) {
            OptionalInt at = current.column(role);
            if (at.isPresent() && at.getAsInt() == column) {
                return role;
            }
        }
        return null;
    }

    /** Gives a column a role (taking it from the column that had it), or ignores it when {@code role} is null. */
    void assign(int column, ColumnRole role) {
        ColumnMapping changed = mapping.get();
        ColumnRole had = roleOf(column);
        if (had != null) {
            changed = changed.with(had, null);
        }
        if (role != null) {
            changed = changed.with(role, column);
        }
        mapping.set(changed);
    }

    /** The scale the user chose, or null to take the one assumed from the scores. */
    ObjectProperty<ScoreScale> chosenScaleProperty() {
        return chosenScale;
    }

    ReadOnlyObjectProperty<ScoreScale> assumedScaleProperty() {
        return assumedScale.getReadOnlyProperty();
    }

    ScoreScale scale() {
        return chosenScale.get() == null ? assumedScale.get() : chosenScale.get();
    }

    ObjectProperty<LaneKind> unknownLaneKindProperty() {
        return unknownLaneKind;
    }

    ObjectProperty<ImportTarget> targetProperty() {
        return target;
    }

    /** The sheet or encoding chosen, by its index in {@link TableSource#choices()}. */
    IntegerProperty choiceProperty() {
        return choice;
    }

    /** The map the choices make, or null while it is being built or cannot be. */
    ReadOnlyObjectProperty<TableImport> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the preview cannot show yet, and why ("Choose the column that holds the cards' text"), or "". */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    BooleanBinding canImportProperty() {
        return canImport;
    }

    /** The preview's counts, as the dialog says them: "2 personas, 4 stages, 6 lanes, 12 cards". */
    static String counts(JourneyMap map) {
        int lanes =
                map.personas().stream().mapToInt(each -> each.lanes().size()).sum();
        long cards = map.personas().stream()
                .flatMap(persona -> persona.lanes().stream())
                .mapToLong(lane -> lane.cards().size())
                .sum();
        return Messages.get(
                "import.ui.preview.counts",
                Messages.plural("count.personas", map.personas().size()),
                Messages.plural("count.stages", map.stages().size()),
                Messages.plural("import.ui.count.lanes", lanes),
                Messages.plural("count.cards", cards));
    }

    private void rebuild() {
        long current = generation.incrementAndGet();
        preview.set(null);
        Table read = table.get();
        ColumnMapping columns = mapping.get();
        if (read == null || columns == null) {
            return;
        }
        boolean buildable = hasText(columns);
        status.set(Messages.get(buildable ? "import.ui.preview.building" : "import.ui.preview.noText"));
        ScoreScale chosen = chosenScale.get();
        LaneKind kind = unknownLaneKind.get();
        background.execute(() -> {
            try {
                if (generation.get() != current) {
                    return;
                }
                ScoreScale assumed = TableMapBuilder.guessScale(read, columns);
                if (!buildable) {
                    publish(current, () -> assumedScale.set(assumed));
                    return;
                }
                TableImport built = TableMapBuilder.build(
                        read,
                        new TableImportOptions(columns, chosen == null ? assumed : chosen, kind),
                        progressOf(current));
                publish(current, () -> {
                    assumedScale.set(assumed);
                    // a table of headers only (or of rows without text) would import nothing at all
                    status.set(built.map().cardCount() == 0 ? Messages.get("import.ui.preview.noCards") : "");
                    preview.set(built);
                });
            } catch (CancellationException e) {
                // a newer change started its own build
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "building the import preview failed", e);
                publish(current, () -> status.set(Messages.get("error.unexpected", String.valueOf(e))));
            }
        });
    }

    private void reread(int chosen) {
        long current = generation.incrementAndGet();
        preview.set(null);
        status.set(Messages.get("import.ui.preview.reading"));
        background.execute(() -> {
            try {
                Table read = source.reader().read(chosen, progressOf(current));
                publish(current, () -> table.set(read));
            } catch (TableReadException e) {
                publish(current, () -> status.set(e.getMessage()));
            } catch (CancellationException e) {
                // a newer choice reads again
            }
        });
    }

    /** Runs {@code change} on the JavaFX thread if nothing newer has been asked for meanwhile. */
    private void publish(long current, Runnable change) {
        fx.execute(() -> {
            if (generation.get() == current) {
                change.run();
            }
        });
    }

    private Progress progressOf(long current) {
        return new Progress() {
            @Override
            public void update(double fraction) {}

            @Override
            public boolean isCancelled() {
                return generation.get() != current;
            }
        };
    }

    private static boolean hasText(ColumnMapping columns) {
        return columns != null && columns.column(ColumnRole.TEXT).isPresent();
    }
}
