package org.journeycanvas.testing;

import java.util.Locale;
import org.journeycanvas.i18n.Messages;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with the texts in English, whatever the machine's language, and puts the language in use before
 * back afterwards, also when a test switched to another one: {@code @ExtendWith(InEnglish.class)}.
 */
public final class InEnglish implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InEnglish.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", Messages.language());
        Messages.use(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.use(context.getStore(NAMESPACE).get("before", Locale.class));
    }
}
