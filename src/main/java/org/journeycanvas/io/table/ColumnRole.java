package org.journeycanvas.io.table;

import org.journeycanvas.i18n.Messages;

/**
 * What a column of an imported table holds. One row is one card; {@link #CARD_ID} is only in the app's own
 * Excel export, where it lets an edited export come back into the map it came from.
 */
public enum ColumnRole {
    PERSONA,
    STAGE,
    LANE,
    TEXT,
    NOTE,
    TAGS,
    CHANNEL,
    SCORE,
    CARD_ID;

    /** The column's name in the interface language ("Persona"), as the mapping step and the export's header say it. */
    public String label() {
        return Messages.get("import.column." + name());
    }
}
