package org.journeycanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import javafx.scene.Group;
import javafx.stage.Stage;
import org.journeycanvas.layout.Rect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tiles below a lane that grew move with the picture, off the grid, and stand in for the grid's places they cover. */
@ExtendWith(ApplicationExtension.class)
class TileSetTest {
    private static final int SIZE = Tile.SIZE;

    @Start
    void start(Stage stage) {
        // Canvases need the toolkit, not a window.
    }

    @Test
    void tilesBelowAMoveGoDownWithItAndThoseBetweenAreDropped(FxRobot robot) {
        robot.interact(() -> {
            TileSet tiles = column(4);
            Tile above = tiles.get(0, 0);
            Tile third = tiles.get(0, 2);
            Tile fourth = tiles.get(0, 3);

            tiles.moveDown(300, 2 * SIZE, 37);

            assertThat(tiles.get(0, 0)).as("wholly above the lane: kept").isSameAs(above);
            assertThat(tiles.get(0, 1)).as("reaches into the lane: dropped").isNull();
            assertThat(tiles.get(0, 2)).as("moved off the grid").isNull();
            assertThat(third.canvas.getLayoutY()).isEqualTo(2 * SIZE + 37);
            assertThat(fourth.canvas.getLayoutY()).isEqualTo(3 * SIZE + 37);
            Tile second = tiles.takeStale(0, 1);
            assertThat(second).as("stale, shown until painted again").isNotNull();
            assertThat(tiles.group.getChildren())
                    .containsExactly(above.canvas, second.canvas, third.canvas, fourth.canvas);
            assertThat(tiles.coveredByMoved(0, 2))
                    .as("37 pixels at its top are not covered")
                    .isFalse();
            assertThat(tiles.coveredByMoved(0, 3)).isTrue();
            assertThat(tiles.coveredByMoved(1, 3)).as("another column").isFalse();
        });
    }

    @Test
    void movedTilesMoveAgainWithTheNextMoveAndGoWithWhatTheyShow(FxRobot robot) {
        robot.interact(() -> {
            TileSet tiles = column(4);
            Tile fourth = tiles.get(0, 3);
            tiles.moveDown(300, 2 * SIZE, 37);

            tiles.moveDown(2 * SIZE + 40, 3 * SIZE, -20);
            assertThat(fourth.canvas.getLayoutY()).isEqualTo(3 * SIZE + 17);
            assertThat(tiles.coveredByMoved(0, 2)).isFalse();

            tiles.dropUnder(new Rect(0, 3 * SIZE + 100, 10, 10));
            assertThat(tiles.hasMoved()).isFalse();
            assertThat(tiles.group.getChildren()).containsExactly(tiles.get(0, 0).canvas);
        });
    }

    @Test
    void movedTilesOutsideWhatIsKeptAreDropped(FxRobot robot) {
        robot.interact(() -> {
            TileSet tiles = column(4);
            tiles.moveDown(300, 2 * SIZE, 300);

            tiles.dropOutside(new int[] {0, 0, 0, 2});

            assertThat(tiles.hasMoved())
                    .as("both now start below the third row")
                    .isFalse();
        });
    }

    @Test
    void tilesAnEditChangedStayShownUntilPaintedAgainInPlaceOrLetGo(FxRobot robot) {
        robot.interact(() -> {
            TileSet tiles = column(3);
            Tile second = tiles.get(0, 1);
            Tile third = tiles.get(0, 2);

            tiles.dropUnder(new Rect(10, SIZE + 10, 10, SIZE));

            assertThat(tiles.get(0, 1)).isNull();
            assertThat(tiles.get(0, 2)).isNull();
            assertThat(tiles.group.getChildren())
                    .as("a frame drawn now shows the map as it was, not holes")
                    .contains(second.canvas, third.canvas);
            assertThat(tiles.takeStale(0, 1)).isSameAs(second);
            tiles.add(0, 1, second);
            tiles.dropStale();
            assertThat(tiles.group.getChildren()).containsExactlyInAnyOrder(tiles.get(0, 0).canvas, second.canvas);
        });
    }

    /** A tile set at zoom 1 with tiles down the first column. */
    private static TileSet column(int rows) {
        TileSet tiles = new TileSet(new ArrayDeque<>(), 8, new Group());
        tiles.zoom = 1;
        for (int j = 0; j < rows; j++) {
            tiles.add(0, j, new Tile());
        }
        return tiles;
    }
}
