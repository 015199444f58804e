package org.journeycanvas.model;

import org.journeycanvas.i18n.Messages;

/** Where a touchpoint happens. Only touchpoint cards have a channel. */
public enum Channel {
    WEBSITE,
    SEARCH,
    ADVERTISING,
    SOCIAL,
    EMAIL,
    PHONE,
    CHAT,
    IN_PERSON,
    STORE,
    EVENT,
    WEBINAR,
    SALES_CALL,
    DEMO,
    APP,
    SUPPORT,
    REVIEW_SITE,
    PARTNER,
    PRINT,
    OTHER;

    /** The channel's name in the interface language, e.g. "Social media"; files use the constant's name. */
    public String label() {
        return Messages.get("channel." + name());
    }
}
