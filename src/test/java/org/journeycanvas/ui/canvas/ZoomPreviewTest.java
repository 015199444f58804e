package org.journeycanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import javafx.scene.Group;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While the zoom moves, each screen pixel shows the tile pixel under its centre: from the tiles where they are
 * copied, else from the overview beneath (here another tile set at a lower zoom), else the fill.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomPreviewTest {
    private static final int SIZE = Tile.SIZE;
    private static final int FILL = 0xff102030;

    @Start
    void start(Stage stage) {
        // Snapshots need the toolkit, not a window.
    }

    @Test
    void eachScreenPixelShowsTheTilePixelUnderItsCentre(FxRobot robot) {
        robot.interact(() -> {
            TileSet under = tileSet(0.5, 0, 2, 0, 2);
            TileSet over = tileSet(1, 1, 3, 1, 2);
            over.tiles.remove(TileSet.key(2, 1)); // not painted: the tile beneath shows there
            ViewArea view = new ViewArea(150, 210, 1.25, 300, 200);
            ZoomPreview preview = new ZoomPreview();
            preview.show(view, under, over, FILL);
            PixelReader shown = preview.node().snapshot(null, null).getPixelReader();

            for (int y = 0; y < 200; y++) {
                for (int x = 0; x < 300; x++) {
                    double mapX = view.scrollX() + (x + 0.5) / view.zoom();
                    double mapY = view.scrollY() + (y + 0.5) / view.zoom();
                    int expected = colourAt(over, mapX, mapY);
                    if (expected == 0) {
                        expected = colourAt(under, mapX, mapY);
                    }
                    if (expected == 0) {
                        expected = FILL;
                    }
                    assertThat(Integer.toHexString(shown.getArgb(x, y)))
                            .as("screen pixel %d, %d", x, y)
                            .isEqualTo(Integer.toHexString(expected));
                }
            }
            assertThat(preview.isShown()).isTrue();
        });
    }

    /**
     * Tiles of columns and rows in the given ranges, copied; each tile's four quarters in colours that tell the
     * set, the tile and the quarter apart.
     */
    private static TileSet tileSet(double zoom, int firstColumn, int lastColumn, int firstRow, int lastRow) {
        TileSet set = new TileSet(new ArrayDeque<>(), 0, new Group());
        set.zoom = zoom;
        for (int j = firstRow; j <= lastRow; j++) {
            for (int i = firstColumn; i <= lastColumn; i++) {
                Tile tile = new Tile();
                var gc = tile.canvas.getGraphicsContext2D();
                for (int quarter = 0; quarter < 4; quarter++) {
                    gc.setFill(Color.web(
                            Integer.toHexString(colour(zoom, i, j, quarter)).substring(2)));
                    gc.fillRect((quarter % 2) * SIZE / 2.0, (quarter / 2) * SIZE / 2.0, SIZE / 2.0, SIZE / 2.0);
                }
                set.add(i, j, tile);
            }
        }
        set.copyPixels(new int[] {firstColumn, firstRow, lastColumn, lastRow}, new WritableImage(SIZE, SIZE), 99);
        return set;
    }

    /** The colour a set's tiles show at a map point, or 0 where the set has no tile. */
    private static int colourAt(TileSet set, double mapX, double mapY) {
        int gridX = (int) Math.floor(mapX * set.zoom);
        int gridY = (int) Math.floor(mapY * set.zoom);
        int i = Math.floorDiv(gridX, SIZE);
        int j = Math.floorDiv(gridY, SIZE);
        if (set.get(i, j) == null) {
            return 0;
        }
        int quarter = (Math.floorMod(gridX, SIZE) < SIZE / 2 ? 0 : 1) + (Math.floorMod(gridY, SIZE) < SIZE / 2 ? 0 : 2);
        return colour(set.zoom, i, j, quarter);
    }

    private static int colour(double zoom, int i, int j, int quarter) {
        int red = zoom < 1 ? 0x40 : 0xc0;
        return 0xff000000 | (red + i * 8 + quarter) << 16 | (0x20 + j * 40) << 8 | 0x80 + quarter * 20;
    }
}
