package org.journeycanvas.app.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.journeycanvas.i18n.Messages;

/**
 * picocli's help texts in the interface language: picocli asks for its own keys, and this bundle answers them
 * from the app's {@link Messages}. A key {@code cli.help.export.format} is picocli's
 * {@code journey-canvas.export.format} (the {@code --format} option of {@code export}); a key
 * {@code cli.help.common.usage.synopsisHeading} is picocli's {@code usage.synopsisHeading}, for every command.
 * The texts are read as {@link Messages#get} reads them, so a quote is written twice in the bundle.
 */
final class CliHelpBundle extends ResourceBundle {
    private static final String COMMON = "cli.help.common.";
    private static final String QUALIFIED = "cli.help.";

    /** picocli's key to the app's key. */
    private final Map<String, String> keys = new LinkedHashMap<>();

    CliHelpBundle(String rootCommand) {
        for (String key : Messages.bundle().keySet()) {
            if (key.startsWith(COMMON)) {
                keys.put(key.substring(COMMON.length()), key);
            } else if (key.startsWith(QUALIFIED)) {
                keys.put(rootCommand + "." + key.substring(QUALIFIED.length()), key);
            }
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        String appKey = keys.get(key);
        return appKey == null ? null : Messages.get(appKey);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys.keySet());
    }
}
