package org.journeycanvas.export.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageStrips;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapGenerator;
import org.journeycanvas.model.Stage;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How pages cut the map: by stage ranges with the headers repeated, at lane boundaries, into poster tiles. */
@ExtendWith(InEnglish.class)
class PagePlannerTest {
    private final MapLayout layout =
            new MapLayout(new TextWrapper((text, style) -> text.length() * 7.0), LayoutStyle.DEFAULT);
    private final PagePlanner planner = new PagePlanner(layout);

    @Test
    void everyStageAndEveryRowOfTheMapIsOnExactlyOnePageWithTheHeadersRepeated() {
        JourneyMap map = MapGenerator.generate(3, 12, 300, 3);
        MapGeometry geometry = layout.layout(map);
        List<MapPage> pages = planner.plan(map, new PageOptions(Paper.A4, false, false, null, false), null);
        assertThat(pages).hasSizeGreaterThan(2);
        double bodyArea = 0;
        for (MapPage page : pages) {
            List<Placement> parts = page.placements();
            assertThat(parts).hasSize(4);
            assertThat(parts.get(0).source())
                    .as("the corner, over the stage headers and the health strip under them")
                    .isEqualTo(new Rect(0, 0, 184, 60 + StageStrips.HEALTH_HEIGHT));
            assertThat(parts.get(1).source().y()).as("the stage headers").isZero();
            assertThat(parts.get(2).source().x()).as("the lane labels").isZero();
            Rect body = parts.get(3).source();
            bodyArea += body.width() * body.height();
            assertThat(parts.get(3).target().maxX())
                    .isLessThanOrEqualTo(page.width() - PagePlanner.PAPER_MARGIN + 0.01);
            assertThat(parts.get(3).target().maxY())
                    .isLessThanOrEqualTo(page.height() - PagePlanner.PAPER_MARGIN - PagePlanner.FOOTER_BAND + 0.01);
            assertThat(parts.get(3).scale()).isGreaterThanOrEqualTo(PagePlanner.MIN_READABLE_SCALE);
        }
        Rect bounds = geometry.bounds();
        double mapBody = (bounds.width() - 184) * (bounds.height() - geometry.headerHeight());
        assertThat(bodyArea).as("the bodies tile the map without overlap").isCloseTo(mapBody, within(1.0));
    }

    @Test
    void pagesEndAtLaneBoundaries() {
        JourneyMap map = MapGenerator.generate(4, 5, 200, 5);
        MapGeometry geometry = layout.layout(map);
        List<Double> laneTops = new ArrayList<>();
        for (PersonaBand band : geometry.personas()) {
            laneTops.add(band.bounds().y());
            for (LaneRow lane : band.lanes()) {
                laneTops.add(lane.bounds().y());
            }
        }
        laneTops.add(geometry.bounds().maxY());
        List<double[]> rows = PagePlanner.rows(geometry, 60, geometry.bounds().maxY(), 700);
        assertThat(rows).hasSizeGreaterThan(1);
        for (double[] row : rows) {
            assertThat(laneTops).contains(row[1]);
            assertThat(row[1] - row[0]).isLessThanOrEqualTo(700);
        }
    }

    @Test
    void aLaneTallerThanThePageIsCutWhereThePageEndsNotLeftForAnEmptyPage() {
        JourneyMap map = MapGenerator.generate(1, 2, 300, 9);
        MapGeometry geometry = layout.layout(map);
        double tallest = 0;
        for (LaneRow lane : geometry.personas().get(0).lanes()) {
            tallest = Math.max(tallest, lane.bounds().height());
        }
        double page = tallest * 0.8;
        List<double[]> rows = PagePlanner.rows(geometry, 60, geometry.bounds().maxY(), page);
        for (int i = 0; i < rows.size() - 1; i++) {
            assertThat(rows.get(i)[1] - rows.get(i)[0])
                    .as("row %d is a full page", i)
                    .isGreaterThan(page * 0.5);
        }
    }

    @Test
    void stageRangesAreBalanced() {
        JourneyMap map = withStages(10);
        MapGeometry geometry = layout.layout(map);
        assertThat(PagePlanner.stageRanges(geometry.stages(), 4))
                .extracting(List::size)
                .containsExactly(3, 3, 4);
    }

    @Test
    void aPosterFillsItsSheetAndIsTiledWithOverlapsAndCropMarks() {
        JourneyMap map = SampleMaps.threeStages();
        MapPage poster = planner.plan(map, new PageOptions(Paper.A1, true, false, null, false), null)
                .get(0);
        assertThat(poster.width()).isCloseTo(Paper.A1.width(true), within(0.01));
        Rect target = poster.placements().get(0).target();
        double contentWidth = poster.width() - 4 * PagePlanner.PAPER_MARGIN;
        boolean fillsWidth = Math.abs(target.width() - contentWidth) < 0.01;
        boolean fillsHeight = target.maxY() > poster.height() - 2 * PagePlanner.PAPER_MARGIN - 0.01;
        assertThat(fillsWidth || fillsHeight)
                .as("the map fills the poster's width or height")
                .isTrue();

        List<MapPage> tiles = planner.plan(map, new PageOptions(Paper.A1, true, false, Paper.A4, false), null);
        assertThat(tiles).hasSizeGreaterThan(4);
        MapPage first = tiles.get(0);
        MapPage second = tiles.get(1);
        double step = first.placements().get(0).x() - second.placements().get(0).x();
        assertThat(step)
                .as("the next sheet repeats the overlap")
                .isCloseTo(first.printable().width() - Posters.OVERLAP, within(0.01));
        assertThat(first.cropMarks()).hasSize(8).allSatisfy(mark -> {
            boolean outside = mark[0] < first.printable().x()
                            && mark[2] < first.printable().x()
                    || mark[0] > first.printable().maxX()
                            && mark[2] > first.printable().maxX()
                    || mark[1] < first.printable().y()
                            && mark[3] < first.printable().y()
                    || mark[1] > first.printable().maxY()
                            && mark[3] > first.printable().maxY();
            assertThat(outside).as("crop marks stay out of the picture").isTrue();
        });
        assertThat(first.marginNotes().get(0).text()).startsWith("Sheet 1 of " + tiles.size() + ": row 1, column 1");
    }

    @Test
    void onlyOnePersonaOrEachPersonaOnItsOwnPages() {
        JourneyMap map = MapGenerator.generate(3, 4, 60, 11);
        assertThat(planner.plan(map, new PageOptions(null, false, true, null, false), null))
                .hasSize(3);
        String second = map.personas().get(1).id();
        List<MapPage> one = planner.plan(map, new PageOptions(null, false, true, null, false), second);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).geometry().personas())
                .extracting(PersonaBand::personaId)
                .containsExactly(second);
        assertThat(one.get(0).marginNotes()).as("a single page has no number").isEmpty();
    }

    private static JourneyMap withStages(int count) {
        JourneyMap sample = SampleMaps.threeStages();
        List<Stage> stages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            stages.add(Stage.of("s" + i, "Stage " + i));
        }
        return new JourneyMap(sample.id(), sample.title(), "", stages, sample.personas());
    }
}
