package org.journeycanvas.ui.importing;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.journeycanvas.io.Progress;
import org.journeycanvas.ui.DialogService;

/**
 * Reading a file off the JavaFX thread with a progress display and Cancel. Cancel takes effect at once: the
 * display closes, {@code cancelled} runs, and whatever the work still returns is dropped (it also learns of
 * the Cancel through its {@link Progress} and stops early), so a cancelled import never changes anything.
 */
final class BackgroundWork<T> {
    /** The work itself, on the worker thread. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final Consumer<T> done;
    private final Consumer<Throwable> failed;
    private final Runnable cancelled;
    private DialogService.ProgressHandle handle;
    private boolean finished;

    private BackgroundWork(Consumer<T> done, Consumer<Throwable> failed, Runnable cancelled) {
        this.done = done;
        this.failed = failed;
        this.cancelled = cancelled;
    }

    /** Starts the work on {@code worker}; the three outcomes are handed back on the JavaFX thread. */
    static <T> void start(
            DialogService dialogs,
            Executor worker,
            String title,
            Work<T> work,
            Consumer<T> done,
            Consumer<Throwable> failed,
            Runnable cancelled) {
        BackgroundWork<T> background = new BackgroundWork<>(done, failed, cancelled);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(double fraction) {
                        updateProgress(fraction, 1);
                    }

                    @Override
                    public boolean isCancelled() {
                        return background.cancelRequested.get();
                    }
                });
            }
        };
        background.handle = dialogs.showProgress(title, background::cancel);
        if (background.finished) {
            background.handle.close();
            return;
        }
        task.progressProperty().addListener((obs, old, value) -> {
            if (!background.finished) {
                background.handle.update(Math.max(0, value.doubleValue()));
            }
        });
        task.setOnSucceeded(event -> {
            if (background.finish()) {
                done.accept(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (background.finish()) {
                if (task.getException() instanceof CancellationException) {
                    cancelled.run();
                } else {
                    failed.accept(task.getException());
                }
            }
        });
        worker.execute(task);
    }

    private void cancel() {
        cancelRequested.set(true);
        if (finish()) {
            cancelled.run();
        }
    }

    /** Marks the work over and closes the display; false when it was already over. */
    private boolean finish() {
        if (finished) {
            return false;
        }
        finished = true;
        if (handle != null) {
            handle.close();
        }
        return true;
    }
}
