package org.journeycanvas.model;

/** Where a touchpoint happens. Only touchpoint cards have a channel. */
public enum Channel {
    WEBSITE("Website"),
    SEARCH("Search"),
    ADVERTISING("Advertising"),
    SOCIAL("Social media"),
    EMAIL("Email"),
    PHONE("Phone"),
    CHAT("Chat"),
    IN_PERSON("In person"),
    STORE("Store"),
    EVENT("Event"),
    WEBINAR("Webinar"),
    SALES_CALL("Sales call"),
    DEMO("Demo"),
    APP("App"),
    SUPPORT("Support"),
    REVIEW_SITE("Review site"),
    PARTNER("Partner"),
    PRINT("Print"),
    OTHER("Other");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
