package org.journeycanvas.importing;

import org.journeycanvas.model.LaneKind;

/**
 * What the user chose in the mapping step.
 *
 * @param unknownLaneKind the kind of a lane whose name is neither a lane kind nor a lane title the importer knows
 */
public record TableImportOptions(ColumnMapping mapping, ScoreScale scale, LaneKind unknownLaneKind) {}
