package org.journeycanvas.export.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.layout.ViewOptions;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.Persona;

/**
 * Lays a map out on pages (PDF and printing share it): one page sized to the map, pages of a paper size that
 * continue by stage ranges and by lanes with the stage and lane headers repeated, or a poster, whole or tiled over
 * office sheets ({@link Posters}).
 */
public final class PagePlanner {
    /** Around a page sized to the map, as around a PNG. */
    static final double FIT_MARGIN = 24;
    /** The largest page side PDF readers accept (200 inches). */
    static final double MAX_PAGE_SIDE = 14_400;
    /** 10 mm: inside what most printers can print. */
    static final double PAPER_MARGIN = 28.35;

    static final double TITLE_BAND = 24;
    static final double FOOTER_BAND = 18;
    /** Below this, card text (13 pt on screen) is under 6.5 pt on paper: pages continue by stage ranges instead. */
    static final double MIN_READABLE_SCALE = 0.5;

    private final MapLayout layout;

    /** @param layout measures text as the output will draw it */
    public PagePlanner(MapLayout layout) {
        this.layout = layout;
    }

    /** The pages of a map, or of one persona of it ({@code onlyPersonaId}, or null for all). */
    public List<MapPage> plan(JourneyMap map, PageOptions options, String onlyPersonaId) {
        String title = map.title().isBlank() ? Messages.get("export.untitled") : map.title();
        Map<String, String> names = new HashMap<>();
        for (Persona persona : map.personas()) {
            names.put(
                    persona.id(),
                    persona.name().isBlank() ? Messages.get("export.pptx.unnamedPersona") : persona.name());
        }
        List<Part> parts = new ArrayList<>();
        if (options.perPersona()) {
            for (Persona persona : map.personas()) {
                if (onlyPersonaId == null || onlyPersonaId.equals(persona.id())) {
                    parts.add(new Part(
                            layout.layout(map, new ViewOptions(Set.of(), persona.id())),
                            title + " · " + names.get(persona.id()),
                            names));
                }
            }
        }
        if (parts.isEmpty()) {
            parts.add(new Part(layout.layout(map, new ViewOptions(Set.of(), onlyPersonaId)), title, names));
        }
        List<MapPage> pages = new ArrayList<>();
        for (Part part : parts) {
            if (options.tileSheet() != null) {
                MapPage poster =
                        Posters.poster(part.geometry(), part.title(), options.posterPaper(), options.landscape());
                pages.addAll(Posters.tiles(poster, options.tileSheet()));
            } else if (options.paper() == null) {
                pages.add(fitted(part.geometry(), parts.size() > 1));
            } else if (options.paper().poster()) {
                pages.add(Posters.poster(part.geometry(), part.title(), options.paper(), options.landscape()));
            } else {
                pages.addAll(paperPages(part, options));
            }
        }
        return options.tileSheet() != null ? pages : numbered(pages, options.paper() != null);
    }

    /** What pages show together: a layout, the title over it, and the names of its personas. */
    private record Part(MapGeometry geometry, String title, Map<String, String> names) {}

    /** One page the size of the map, shrunk only where a PDF reader could not open it. */
    private static MapPage fitted(MapGeometry geometry, boolean roomForNumber) {
        Rect bounds = geometry.bounds();
        double width = bounds.width() + 2 * FIT_MARGIN;
        double height = bounds.height() + 2 * FIT_MARGIN + (roomForNumber ? FOOTER_BAND : 0);
        double scale = Math.min(1, Math.min(MAX_PAGE_SIDE / width, MAX_PAGE_SIDE / height));
        Rect page = new Rect(0, 0, width * scale, height * scale);
        return new MapPage(
                page.width(),
                page.height(),
                geometry,
                List.of(new Placement(bounds, scale, FIT_MARGIN * scale, FIT_MARGIN * scale)),
                List.of(),
                page,
                List.of(),
                List.of());
    }

    /** Pages of an office paper size: scaled to the width, continued by stage ranges and by lanes. */
    private static List<MapPage> paperPages(Part part, PageOptions options) {
        MapGeometry geometry = part.geometry();
        LayoutStyle style = geometry.style();
        double pageWidth = options.paper().width(options.landscape());
        double pageHeight = options.paper().height(options.landscape());
        double contentWidth = pageWidth - 2 * PAPER_MARGIN;
        double contentHeight = pageHeight - 2 * PAPER_MARGIN - TITLE_BAND - FOOTER_BAND;
        double labelWidth = style.laneLabelWidth();
        double headerHeight = geometry.headerHeight();
        Rect bounds = geometry.bounds();

        List<double[]> ranges = new ArrayList<>();
        double scale = Math.min(1, contentWidth / bounds.width());
        if (scale < MIN_READABLE_SCALE
                && !options.fitWidth()
                && geometry.stages().size() > 1) {
            int perPage = (int)
                    Math.max(1, Math.floor((contentWidth / MIN_READABLE_SCALE - labelWidth) / style.stageWidth()));
            double widest = 0;
            for (List<StageColumn> range : stageRanges(geometry.stages(), perPage)) {
                double left = range.get(0).column().x();
                double right = range.get(range.size() - 1).column().maxX();
                ranges.add(new double[] {
                    left,
                    right,
                    range.get(0).index(),
                    range.get(range.size() - 1).index()
                });
                widest = Math.max(widest, right - left);
            }
            scale = Math.min(1, contentWidth / (labelWidth + widest));
        } else {
            ranges.add(new double[] {labelWidth, bounds.maxX(), -1, -1});
        }

        double bodyHeight = Math.max(1, contentHeight / scale - headerHeight);
        List<double[]> rows = rows(geometry, headerHeight, bounds.maxY(), bodyHeight);
        List<MapPage> pages = new ArrayList<>();
        double left = PAPER_MARGIN;
        double top = PAPER_MARGIN + TITLE_BAND;
        for (double[] row : rows) {
            for (double[] range : ranges) {
                double rangeWidth = range[1] - range[0];
                double rowHeight = row[1] - row[0];
                List<Placement> placements = List.of(
                        new Placement(new Rect(0, 0, labelWidth, headerHeight), scale, left, top),
                        new Placement(
                                new Rect(range[0], 0, rangeWidth, headerHeight), scale, left + labelWidth * scale, top),
                        new Placement(
                                new Rect(0, row[0], labelWidth, rowHeight), scale, left, top + headerHeight * scale),
                        new Placement(
                                new Rect(range[0], row[0], rangeWidth, rowHeight),
                                scale,
                                left + labelWidth * scale,
                                top + headerHeight * scale));
                String heading = part.title();
                String continued = continuedPersona(geometry, part.names(), row[0]);
                if (continued != null) {
                    heading += " · " + Messages.get("export.page.continued", continued);
                }
                if (ranges.size() > 1) {
                    heading += " · "
                            + Messages.get(
                                    "export.pptx.stageRange",
                                    String.valueOf((int) range[2] + 1),
                                    String.valueOf((int) range[3] + 1),
                                    String.valueOf(geometry.stages().size()));
                }
                Caption title = new Caption(heading, left, PAPER_MARGIN + 14, TextStyle.STAGE_NAME, 0.8);
                Rect whole = new Rect(0, 0, pageWidth, pageHeight);
                pages.add(new MapPage(
                        pageWidth, pageHeight, geometry, placements, List.of(title), whole, List.of(), List.of()));
            }
        }
        return pages;
    }

    /** The persona whose band a row starts inside, below its header, or null: its name heads the page. */
    private static String continuedPersona(MapGeometry geometry, Map<String, String> names, double rowTop) {
        for (PersonaBand band : geometry.personas()) {
            if (band.bounds().y() < rowTop - 0.5 && band.bounds().maxY() > rowTop + 0.5) {
                return names.get(band.personaId());
            }
        }
        return null;
    }

    /**
     * The map's body cut into rows that fit a page's height: at the last persona or lane boundary that fits, so
     * no lane is cut in two; but where the lane after that boundary is taller than a page and must be cut anyway,
     * the page is filled and cut where it ends.
     */
    static List<double[]> rows(MapGeometry geometry, double top, double bottom, double pageHeight) {
        TreeSet<Double> cuts = new TreeSet<>();
        for (PersonaBand band : geometry.personas()) {
            cuts.add(band.bounds().y());
            for (LaneRow lane : band.lanes()) {
                cuts.add(lane.bounds().y());
            }
        }
        cuts.add(bottom);
        List<double[]> rows = new ArrayList<>();
        double start = top;
        while (start < bottom - 0.5) {
            Double cut = cuts.floor(start + pageHeight);
            Double next = cut == null ? null : cuts.higher(cut);
            boolean keepsLanesWhole = cut != null && cut > start + 0.5 && (next == null || next - cut <= pageHeight);
            double end = keepsLanesWhole ? cut : Math.min(bottom, start + pageHeight);
            rows.add(new double[] {start, end});
            start = end;
        }
        if (rows.isEmpty()) {
            rows.add(new double[] {top, Math.max(top + 1, bottom)});
        }
        return rows;
    }

    /** Splits the stages into balanced ranges of at most {@code perPage}: for pages and for slides. */
    public static List<List<StageColumn>> stageRanges(List<StageColumn> stages, int perPage) {
        int count = (int) Math.ceil(stages.size() / (double) perPage);
        List<List<StageColumn>> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < count; i++) {
            int size = (stages.size() - start) / (count - i);
            ranges.add(stages.subList(start, start + size));
            start += size;
        }
        return ranges;
    }

    /** "Page 2 of 5" at the foot of each page, when there is more than one. */
    private static List<MapPage> numbered(List<MapPage> pages, boolean onPaper) {
        if (pages.size() < 2) {
            return pages;
        }
        List<MapPage> numbered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            MapPage page = pages.get(i);
            double margin = onPaper
                    ? PAPER_MARGIN
                    : FIT_MARGIN * page.placements().get(0).scale();
            double scale =
                    onPaper ? 0.75 : Math.max(0.75, page.placements().get(0).scale());
            Caption number = new Caption(
                    Messages.get("export.page.number", String.valueOf(i + 1), String.valueOf(pages.size())),
                    margin,
                    page.height() - margin - 4,
                    TextStyle.EMOTION_LABEL,
                    scale);
            numbered.add(withMarginNotes(page, List.of(number)));
        }
        return numbered;
    }

    private static MapPage withMarginNotes(MapPage page, List<Caption> notes) {
        return new MapPage(
                page.width(),
                page.height(),
                page.geometry(),
                page.placements(),
                page.captions(),
                page.printable(),
                page.cropMarks(),
                notes);
    }
}
