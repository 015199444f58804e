package org.journeycanvas.templates;

/** The templates that ship with the app: map files under {@code assets/templates/}, packaged as resources. */
public enum BundledTemplate {
    B2B_BUYER("b2b-buyer", Journey.BUYER),
    B2B_CUSTOMER("b2b-customer", Journey.CUSTOMER),
    /** The customer's onboarding as a service blueprint: its lanes show what the vendor does at every stage. */
    B2B_BLUEPRINT("b2b-blueprint", Journey.CUSTOMER),
    B2C_BUYER("b2c-buyer", Journey.BUYER),
    B2C_CUSTOMER("b2c-customer", Journey.CUSTOMER),
    /** A web shop's path from the landing page to the order confirmation, with its measured funnel. */
    USER_JOURNEY("user-journey", Journey.USER),
    BLANK("blank", Journey.NONE);

    /**
     * Whether a template follows a buyer to the purchase decision, a customer after it, or a user through a
     * website or app from the first visit to the completed action.
     */
    public enum Journey {
        BUYER,
        CUSTOMER,
        USER,
        NONE
    }

    private final String id;
    private final Journey journey;

    BundledTemplate(String id, Journey journey) {
        this.id = id;
        this.journey = journey;
    }

    public String id() {
        return id;
    }

    public Journey journey() {
        return journey;
    }

    /**
     * Whether a map made from it keeps its title and description. Those of the blank template only say what the
     * template is ("Blank map"), so a map made from it starts untitled.
     */
    public boolean titlesNewMaps() {
        return this != BLANK;
    }

    /** Where the file is among the app's resources. */
    public String resource() {
        return "/org/journeycanvas/templates/bundled/" + id + ".journey";
    }
}
