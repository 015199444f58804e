package org.journeycanvas.ui.importing;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.table.ColumnRole;

/** One entry of a column's role list in the mapping step: a role, or "—" for a column left out. */
record ColumnRoleChoice(ColumnRole role) {
    static final ColumnRoleChoice IGNORED = new ColumnRoleChoice(null);

    /** "—" then every role a table can give (a card's id only comes back with the app's own export). */
    static List<ColumnRoleChoice> all() {
        List<ColumnRoleChoice> choices = new ArrayList<>();
        choices.add(IGNORED);
        for (ColumnRole role : ColumnRole.values()) {
            if (role != ColumnRole.CARD_ID) {
                choices.add(new ColumnRoleChoice(role));
            }
        }
        return choices;
    }

    static ColumnRoleChoice of(ColumnRole role) {
        return role == null ? IGNORED : new ColumnRoleChoice(role);
    }

    @Override
    public String toString() {
        return role == null ? Messages.get("import.ui.role.none") : role.label();
    }
}
