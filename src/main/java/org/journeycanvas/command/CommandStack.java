package org.journeycanvas.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.journeycanvas.model.JourneyMap;

/**
 * The document's history: runs every command, keeps the map before and after each, and undoes and redoes
 * them. Each state of the map has a revision; the map has unsaved changes when the current revision differs
 * from the one last saved. Not thread-safe: use it from one thread (the UI thread in the app).
 */
public final class CommandStack {
    /** How many steps undo can go back; older ones are forgotten. */
    public static final int MAX_UNDO_STEPS = 1000;

    private final Deque<Step> undoSteps = new ArrayDeque<>();
    private final Deque<Step> redoSteps = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private JourneyMap current;
    private long revision;
    private long nextRevision = 1;
    private long savedRevision;
    private boolean executing;
    private boolean mergeAllowed = true;

    public CommandStack(JourneyMap initial) {
        this.current = Objects.requireNonNull(initial);
    }

    public JourneyMap current() {
        return current;
    }

    /**
     * Runs a command and records it as one undo step, merged into the previous step when both commands agree
     * and nothing has closed that step since. A command that changes nothing is not recorded.
     *
     * @throws IllegalStateException when called from inside a command's {@code apply}
     */
    public void execute(Command command) {
        Objects.requireNonNull(command);
        if (executing) {
            throw new IllegalStateException("A command may not run another command: " + command.undoLabel());
        }
        JourneyMap before = current;
        JourneyMap after = applyGuarded(command, before);
        if (after.equals(before)) {
            return;
        }
        Step previous = undoSteps.peek();
        Optional<Command> merged = previous != null && mergeAllowed && previous.afterRevision() != savedRevision
                ? previous.command().mergeWith(command)
                : Optional.empty();
        if (merged.isPresent()) {
            undoSteps.pop();
            undoSteps.push(new Step(merged.get(), previous.before(), previous.beforeRevision(), after, nextRevision++));
        } else {
            undoSteps.push(new Step(command, before, revision, after, nextRevision++));
            if (undoSteps.size() > MAX_UNDO_STEPS) {
                undoSteps.removeLast();
            }
        }
        redoSteps.clear();
        mergeAllowed = true;
        moveTo(after, undoSteps.peek().afterRevision());
    }

    /**
     * Ends the current undo step: the next command starts a new one even if it could merge (the user left the
     * field they were typing in, or paused between nudges).
     */
    public void closeStep() {
        mergeAllowed = false;
    }

    public boolean canUndo() {
        return !undoSteps.isEmpty();
    }

    public boolean canRedo() {
        return !redoSteps.isEmpty();
    }

    /** The label of what undo would undo, e.g. "Move card". */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undoSteps.peek()).map(step -> step.command().undoLabel());
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redoSteps.peek()).map(step -> step.command().undoLabel());
    }

    public void undo() {
        Step step = undoSteps.pop();
        redoSteps.push(step);
        mergeAllowed = false;
        moveTo(step.before(), step.beforeRevision());
    }

    public void redo() {
        Step step = redoSteps.pop();
        undoSteps.push(step);
        mergeAllowed = false;
        moveTo(step.after(), step.afterRevision());
    }

    /** Records that the current map is what is on disk now. */
    public void markSaved() {
        savedRevision = revision;
        mergeAllowed = false;
        listeners.forEach(Runnable::run);
    }

    /** Records that the current map is not on disk (a recovered copy): it has unsaved changes. */
    public void markUnsaved() {
        savedRevision = -1;
        listeners.forEach(Runnable::run);
    }

    /** Whether the map has changed since it was last saved (or since it was opened). */
    public boolean isDirty() {
        return revision != savedRevision;
    }

    /** Identifies the current state of the map: equal revisions mean the same map. */
    public long revision() {
        return revision;
    }

    /** Called after every change of the map, undo, redo and save. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private JourneyMap applyGuarded(Command command, JourneyMap before) {
        executing = true;
        try {
            return Objects.requireNonNull(command.apply(before), "a command returned no map");
        } finally {
            executing = false;
        }
    }

    private void moveTo(JourneyMap map, long newRevision) {
        current = map;
        revision = newRevision;
        listeners.forEach(Runnable::run);
    }

    private record Step(
            Command command, JourneyMap before, long beforeRevision, JourneyMap after, long afterRevision) {}
}
