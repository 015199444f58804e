package org.journeycanvas.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns the {@code map} object of a file of one version into that of the next; one class per step, e.g. V1ToV2. */
interface Migration {
    /** The version this migration reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    ObjectNode apply(ObjectNode map) throws FormatProblem;
}
