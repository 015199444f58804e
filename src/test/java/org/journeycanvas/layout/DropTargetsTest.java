package org.journeycanvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.journeycanvas.model.LaneKind;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;

class DropTargetsTest {
    private final MapGeometry geometry = new MapLayout(
                    new TextWrapper((text, s) -> text.length() * 7.0), LayoutStyle.DEFAULT)
            .layout(SampleMaps.threeStages());

    @Test
    void cardOnALaneOfItsKindGoesIntoThatCellAtThePointer() {
        CellBox cell = geometry.cell("l-touch", "s1").orElseThrow();
        CardBox second = cell.cards().get(1);
        DropTarget between = DropTargets.forCard(
                geometry, cell.bounds().centerX(), second.bounds().y() + 2, LaneKind.TOUCHPOINTS, Set.of());
        assertThat(between).isInstanceOfSatisfying(DropTarget.IntoCell.class, into -> {
            assertThat(into.laneId()).isEqualTo("l-touch");
            assertThat(into.stageId()).isEqualTo("s1");
            assertThat(into.indexInCell()).isEqualTo(1);
            assertThat(into.marker().maxY()).isLessThanOrEqualTo(second.bounds().y());
        });
        DropTarget below = DropTargets.forCard(
                geometry, cell.bounds().centerX(), cell.bounds().maxY() - 2, LaneKind.TOUCHPOINTS, Set.of());
        assertThat(((DropTarget.IntoCell) below).indexInCell()).isEqualTo(2);
    }

    @Test
    void theDraggedCardsDoNotCountForThePosition() {
        CellBox cell = geometry.cell("l-touch", "s1").orElseThrow();
        DropTarget target = DropTargets.forCard(
                geometry, cell.bounds().centerX(), cell.bounds().maxY() - 2, LaneKind.TOUCHPOINTS, Set.of("c1"));
        assertThat(((DropTarget.IntoCell) target).indexInCell()).isEqualTo(1);
    }

    @Test
    void cardOnALaneOfAnotherKindGoesToThePersonasLaneOfItsKind() {
        CellBox painAtS2 = geometry.cell("l-pain", "s2").orElseThrow();
        DropTarget target = DropTargets.forCard(
                geometry, painAtS2.bounds().centerX(), painAtS2.bounds().centerY(), LaneKind.TOUCHPOINTS, Set.of());
        assertThat(target).isInstanceOfSatisfying(DropTarget.IntoCell.class, into -> {
            assertThat(into.laneId()).isEqualTo("l-touch");
            assertThat(into.stageId()).isEqualTo("s2");
            assertThat(into.indexInCell()).isEqualTo(1);
        });
    }

    @Test
    void cardOfAKindThePersonaHasNoLaneForMakesANewLane() {
        CellBox painAtS3 = geometry.cell("l-pain", "s3").orElseThrow();
        DropTarget target = DropTargets.forCard(
                geometry, painAtS3.bounds().centerX(), painAtS3.bounds().centerY(), LaneKind.OPPORTUNITIES, Set.of());
        assertThat(target)
                .isEqualTo(new DropTarget.IntoNewLane(
                        "p1", LaneKind.OPPORTUNITIES, "s3", ((DropTarget.IntoNewLane) target).highlight()));
    }

    @Test
    void cardOutsideTheLanesFitsNowhere() {
        assertThat(DropTargets.forCard(geometry, 20, 20, LaneKind.NOTES, Set.of()))
                .isEqualTo(new DropTarget.None());
        assertThat(DropTargets.forCard(geometry, 5000, 200, LaneKind.NOTES, Set.of()))
                .isEqualTo(new DropTarget.None());
    }

    @Test
    void emotionsAreOrderedAcrossTheCell() {
        CellBox cell = geometry.cell("l-emo", "s1").orElseThrow();
        CardBox curious = cell.cards().get(0);
        DropTarget left = DropTargets.forCard(
                geometry, curious.point().x() - 5, cell.bounds().centerY(), LaneKind.EMOTIONS, Set.of());
        DropTarget right = DropTargets.forCard(
                geometry, curious.point().x() + 5, cell.bounds().centerY(), LaneKind.EMOTIONS, Set.of());
        assertThat(((DropTarget.IntoCell) left).indexInCell()).isZero();
        assertThat(((DropTarget.IntoCell) right).indexInCell()).isEqualTo(1);
    }

    @Test
    void stageGoesBetweenTheNearestHeaders() {
        StageColumn first = geometry.stages().get(0);
        StageColumn second = geometry.stages().get(1);
        assertThat(stageIndexAt(first.header().x() + 10)).isZero();
        assertThat(stageIndexAt(first.header().maxX() - 10)).isEqualTo(1);
        assertThat(stageIndexAt(second.header().maxX() + 5)).isEqualTo(2);
        assertThat(stageIndexAt(geometry.bounds().maxX() + 30)).isEqualTo(3);
        DropTarget.StageInsert insert = (DropTarget.StageInsert)
                DropTargets.forStage(geometry, first.header().maxX() - 10, 20);
        assertThat(insert.marker().centerX()).isEqualTo(second.header().x());
        assertThat(DropTargets.forStage(geometry, first.header().centerX(), 300))
                .isEqualTo(new DropTarget.None());
    }

    private int stageIndexAt(double x) {
        return ((DropTarget.StageInsert) DropTargets.forStage(geometry, x, 20)).index();
    }
}
