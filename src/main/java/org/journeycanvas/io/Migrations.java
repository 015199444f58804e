package org.journeycanvas.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Brings the map of an older file up to {@link MapFormat#CURRENT_VERSION}, one version at a time. */
final class Migrations {
    /** In order of {@link Migration#fromVersion()}. */
    private static final List<Migration> ALL = List.of(new V1ToV2());

    private Migrations() {}

    static ObjectNode upgrade(ObjectNode map, int fileVersion) throws FormatProblem {
        ObjectNode current = map;
        for (Migration migration : ALL) {
            if (migration.fromVersion() >= fileVersion) {
                current = migration.apply(current);
            }
        }
        return current;
    }
}
