package org.journeycanvas.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Version 2 adds the service blueprint's lane kinds and nothing a version 1 map lacks a default for, so a version 1
 * map is already a version 2 map: this step moves nothing. It is listed so that the chain of migrations starts at
 * version 1 and the next format change has its place.
 */
final class V1ToV2 implements Migration {
    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public ObjectNode apply(ObjectNode map) {
        return map;
    }
}
