package org.journeycanvas.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.journeycanvas.export.pages.PagePlanner;
import org.journeycanvas.i18n.Messages;
import org.journeycanvas.io.Progress;
import org.journeycanvas.layout.LaneRow;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.PersonaBand;
import org.journeycanvas.layout.StageColumn;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.Persona;
import org.journeycanvas.render.MapTheme;
import org.journeycanvas.render.Rgb;

/**
 * Exports a map as 16:9 slides of native, editable shapes placed from the layout: a title slide, then for each
 * persona its lanes across the stages; a map wider than a slide continues on further slides by stage ranges,
 * with the stage and lane headers repeated ({@link SlideMap} draws each). Pictures of each persona instead, as an
 * option.
 */
public final class PowerPointExporter {
    static final double SLIDE_WIDTH = 960;
    static final double SLIDE_HEIGHT = 540;
    private static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 40;
    /** Below this, card text on a slide would be too small to read: more slides instead. */
    private static final double MIN_SCALE = 0.6;
    /** The font and theme of the whole deck, the persona slides' {@link SlideMap} included. */
    static final String FONT = "Arial";

    static final MapTheme THEME = MapTheme.LIGHT;

    private final GlyphPictures glyphs = new GlyphPictures();

    public void export(JourneyMap map, PptxOptions options, OutputStream out, Progress progress) throws IOException {
        XMLSlideShow slides = new XMLSlideShow();
        try {
            slides.setPageSize(new Dimension((int) SLIDE_WIDTH, (int) SLIDE_HEIGHT));
            titleSlide(slides, map);
            List<Persona> personas = map.personas().stream()
                    .filter(persona ->
                            options.personaId() == null || persona.id().equals(options.personaId()))
                    .toList();
            for (int i = 0; i < personas.size(); i++) {
                progress.checkCancelled();
                Persona persona = personas.get(i);
                if (options.pictures()) {
                    pictureSlide(slides, map, persona);
                } else {
                    personaSlides(slides, map, persona);
                }
                progress.update((i + 1.0) / (personas.size() + 1));
            }
            SlidePersonaComparison.add(slides, map, options, glyphs);
            SlideOpportunityMatrix.addTo(slides, map, options.personaId());
            progress.checkCancelled();
            slides.write(out);
            progress.update(1);
        } finally {
            UnsavedDocuments.release(slides);
        }
    }

    private void titleSlide(XMLSlideShow slides, JourneyMap map) {
        XSLFSlide slide = slides.createSlide();
        background(slide, THEME.headerFill());
        text(
                slide,
                new Rectangle2D.Double(60, 170, 840, 90),
                map.title().isBlank() ? Messages.get("export.untitled") : map.title(),
                36,
                true,
                Color.WHITE);
        text(
                slide,
                new Rectangle2D.Double(60, 265, 840, 120),
                map.description(),
                18,
                false,
                new Color(0xDD, 0xE6, 0xF0));
        text(
                slide,
                new Rectangle2D.Double(60, 450, 840, 30),
                LocalDate.now()
                        .format(DateTimeFormatter.ofPattern(
                                Messages.get("export.pptx.datePattern"), Messages.language())),
                14,
                false,
                new Color(0xDD, 0xE6, 0xF0));
    }

    private void pictureSlide(XMLSlideShow slides, JourneyMap map, Persona persona) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PngExporter().export(map, new PngOptions(2, persona.id(), false), png, Progress.NONE);
        XSLFPictureData picture = slides.addPicture(png.toByteArray(), PictureData.PictureType.PNG);
        XSLFSlide slide = slides.createSlide();
        slideTitle(slide, persona, "");
        Dimension size = picture.getImageDimension();
        double scale = Math.min(
                (SLIDE_WIDTH - 2 * MARGIN) / size.getWidth(),
                (SLIDE_HEIGHT - TITLE_HEIGHT - 2 * MARGIN) / size.getHeight());
        double width = size.getWidth() * scale;
        double height = size.getHeight() * scale;
        XSLFPictureShape shape = slide.createPicture(picture);
        shape.setAnchor(new Rectangle2D.Double((SLIDE_WIDTH - width) / 2, MARGIN + TITLE_HEIGHT, width, height));
    }

    private void personaSlides(XMLSlideShow slides, JourneyMap map, Persona persona) {
        MapGeometry geometry = PngExporter.layout(map, persona.id());
        if (geometry.personas().isEmpty() || geometry.stages().isEmpty()) {
            XSLFSlide slide = slides.createSlide();
            slideTitle(slide, persona, "");
            text(
                    slide,
                    new Rectangle2D.Double(MARGIN, 120, 600, 40),
                    Messages.get("export.pptx.noStages"),
                    16,
                    false,
                    Color.DARK_GRAY);
            return;
        }
        LayoutStyle style = geometry.style();
        PersonaBand band = geometry.personas().get(0);
        double availableWidth = SLIDE_WIDTH - 2 * MARGIN;
        double availableHeight = SLIDE_HEIGHT - 2 * MARGIN - TITLE_HEIGHT;
        int perSlide = Math.max(
                1, (int) Math.floor((availableWidth / MIN_SCALE - style.laneLabelWidth()) / style.stageWidth()));
        List<List<StageColumn>> ranges = PagePlanner.stageRanges(geometry.stages(), perSlide);
        List<List<LaneRow>> laneGroups =
                laneGroups(band.lanes(), availableHeight / MIN_SCALE - geometry.headerHeight());
        MapIndex index = new MapIndex(map);
        for (List<StageColumn> range : ranges) {
            for (List<LaneRow> lanes : laneGroups) {
                double width = style.laneLabelWidth() + range.size() * style.stageWidth();
                double lanesHeight = lanes.get(lanes.size() - 1).bounds().maxY()
                        - lanes.get(0).bounds().y();
                double height = geometry.headerHeight() + lanesHeight;
                double scale = Math.min(availableWidth / width, availableHeight / height);
                XSLFSlide slide = slides.createSlide();
                slideTitle(slide, persona, part(geometry, ranges, range, band.lanes(), laneGroups, lanes));
                new SlideMap(
                                slide,
                                glyphs,
                                geometry,
                                lanes,
                                laneAbove(band.lanes(), lanes),
                                index,
                                range,
                                scale,
                                MARGIN + (availableWidth - width * scale) / 2,
                                MARGIN + TITLE_HEIGHT)
                        .draw();
            }
        }
    }

    private static LaneRow laneAbove(List<LaneRow> allLanes, List<LaneRow> lanes) {
        int first = allLanes.indexOf(lanes.get(0));
        return first > 0 ? allLanes.get(first - 1) : null;
    }

    /**
     * A persona's lanes in groups that each fit a slide with readable text (a service blueprint under the
     * customer's lanes is too tall for one), cut between lanes — where a blueprint zone begins, when the group
     * has such a place — and a single lane taller than that is a group alone.
     */
    static List<List<LaneRow>> laneGroups(List<LaneRow> lanes, double maxHeight) {
        List<List<LaneRow>> groups = new ArrayList<>();
        List<LaneRow> group = new ArrayList<>();
        for (LaneRow lane : lanes) {
            while (!group.isEmpty()
                    && lane.bounds().maxY() - group.get(0).bounds().y() > maxHeight) {
                int cut = lastZoneStart(group);
                groups.add(new ArrayList<>(group.subList(0, cut)));
                group = new ArrayList<>(group.subList(cut, group.size()));
            }
            group.add(lane);
        }
        groups.add(group);
        return groups;
    }

    /** Where the last blueprint zone of a group begins, or the group's end when it holds one zone. */
    private static int lastZoneStart(List<LaneRow> group) {
        for (int i = group.size() - 1; i > 0; i--) {
            if (group.get(i).kind().zone().compareTo(group.get(i - 1).kind().zone()) > 0) {
                return i;
            }
        }
        return group.size();
    }

    /** What a slide shows of the persona, when it shows a part: its stages, its lanes, or both. */
    private static String part(
            MapGeometry geometry,
            List<List<StageColumn>> ranges,
            List<StageColumn> range,
            List<LaneRow> allLanes,
            List<List<LaneRow>> laneGroups,
            List<LaneRow> lanes) {
        List<String> parts = new ArrayList<>();
        if (ranges.size() > 1) {
            parts.add(Messages.get(
                    "export.pptx.stageRange",
                    String.valueOf(range.get(0).index() + 1),
                    String.valueOf(range.get(range.size() - 1).index() + 1),
                    String.valueOf(geometry.stages().size())));
        }
        if (laneGroups.size() > 1) {
            parts.add(Messages.get(
                    "export.pptx.laneRange",
                    String.valueOf(allLanes.indexOf(lanes.get(0)) + 1),
                    String.valueOf(allLanes.indexOf(lanes.get(lanes.size() - 1)) + 1),
                    String.valueOf(allLanes.size())));
        }
        return String.join(" · ", parts);
    }

    private void slideTitle(XSLFSlide slide, Persona persona, String part) {
        String title = persona.name().isBlank() ? Messages.get("export.pptx.unnamedPersona") : persona.name();
        XSLFTextBox box = text(
                slide,
                new Rectangle2D.Double(MARGIN, MARGIN - 8, SLIDE_WIDTH - 2 * MARGIN, TITLE_HEIGHT),
                title,
                22,
                true,
                Color.decode("#1F2328"));
        if (!persona.role().isBlank() || !part.isEmpty()) {
            XSLFTextRun detail = box.getTextParagraphs().get(0).addNewTextRun();
            detail.setText("   " + persona.role()
                    + (part.isEmpty() ? "" : (persona.role().isBlank() ? "" : " · ") + part));
            detail.setFontSize(14.0);
            detail.setFontFamily(FONT);
            detail.setFontColor(Color.decode("#59636E"));
        }
    }

    private static void background(XSLFSlide slide, Rgb color) {
        XSLFAutoShape fill = slide.createAutoShape();
        fill.setShapeType(ShapeType.RECT);
        fill.setAnchor(new Rectangle2D.Double(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT));
        fill.setFillColor(awt(color));
        fill.setLineColor(null);
    }

    /** A wrapping text box with the text as its one paragraph. */
    static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.clearText();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setInsets(new Insets2D(2, 2, 2, 2));
        run(box.addNewTextParagraph(), text, size, bold, color);
        return box;
    }

    /** A run of text in the deck's font. */
    static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color color) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontColor(color);
        return run;
    }

    static Color awt(Rgb color) {
        return new Color(color.red(), color.green(), color.blue(), (int) Math.round(color.alpha() * 255));
    }
}
