package org.journeycanvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.journeycanvas.layout.CardBox;
import org.journeycanvas.layout.LayoutStyle;
import org.journeycanvas.layout.MapGeometry;
import org.journeycanvas.layout.MapLayout;
import org.journeycanvas.layout.OpportunityBadgeRow;
import org.journeycanvas.layout.OpportunityHighlight;
import org.journeycanvas.layout.Rect;
import org.journeycanvas.layout.TextStyle;
import org.journeycanvas.layout.TextWrapper;
import org.journeycanvas.model.Card;
import org.journeycanvas.model.JourneyMap;
import org.journeycanvas.model.MapIndex;
import org.journeycanvas.model.OpportunityStatus;
import org.journeycanvas.testing.BlankSurface;
import org.journeycanvas.testing.InEnglish;
import org.journeycanvas.testing.RankedOpportunities;
import org.journeycanvas.testing.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The badge row of ranked opportunities, and the veil a highlight lays over every other card. */
@ExtendWith(InEnglish.class)
class OpportunityBadgesTest {
    private final MapLayout layout =
            new MapLayout(new TextWrapper((text, style) -> text.length() * 6.0), LayoutStyle.DEFAULT);
    private final JourneyMap ranked = RankedOpportunities.map();
    private final MapGeometry geometry = layout.layout(ranked);
    private final MapPainter painter = new MapPainter(MapTheme.LIGHT);

    @Test
    void aRankedOpportunityShowsItsRatingsStatusAndOwnersInitials() {
        Recording surface = new Recording();
        painter.paint(geometry, new MapIndex(ranked), geometry.bounds(), surface, 1);

        assertThat(surface.texts).contains("I4 · E2 · Planned", "SO", "I3 · E3 · Done", "AR");
        assertThat(surface.circleColors)
                .contains(OpportunityBadges.statusColor(OpportunityStatus.PLANNED))
                .contains(OpportunityBadges.statusColor(OpportunityStatus.DONE));
    }

    @Test
    void anUnrankedOpportunityHasNoBadgesAndKeepsItsHeight() {
        Recording surface = new Recording();
        painter.paint(geometry, new MapIndex(ranked), geometry.bounds(), surface, 1);

        assertThat(surface.texts.stream().filter(text -> text.contains(" · E"))).hasSize(2);
        CardBox unranked = geometry.card("o3").orElseThrow();
        CardBox rankedBox = geometry.card("o1").orElseThrow();
        double oneLine = TextStyle.CARD.lineHeight() + 2 * LayoutStyle.DEFAULT.cardPadding();
        assertThat(unranked.bounds().height()).isEqualTo(oneLine);
        assertThat(rankedBox.bounds().height())
                .isEqualTo(rankedBox.lines().size() * TextStyle.CARD.lineHeight()
                        + 2 * LayoutStyle.DEFAULT.cardPadding()
                        + OpportunityBadgeRow.HEIGHT);
    }

    @Test
    void aMapWithoutRankedOpportunitiesIsLaidOutAsBefore() {
        JourneyMap plain = SampleMaps.threeStages();
        MapGeometry before = layout.layout(plain);
        Recording surface = new Recording();
        painter.paint(before, new MapIndex(plain), before.bounds(), surface, 1);

        assertThat(surface.circleColors)
                .doesNotContain(
                        OpportunityBadges.statusColor(OpportunityStatus.IDEA),
                        OpportunityBadges.statusColor(OpportunityStatus.PLANNED));
        assertThat(before.card("c1").orElseThrow().bounds().height())
                .isEqualTo(TextStyle.CARD.lineHeight() + 2 * LayoutStyle.DEFAULT.cardPadding());
        assertThat(surface.texts).noneMatch(text -> text.contains(" · E"));
    }

    @Test
    void initialsAreTheFirstLettersOfTheFirstTwoWords() {
        assertThat(OpportunityBadges.initials("Sales ops")).isEqualTo("SO");
        assertThat(OpportunityBadges.initials("  marketing ")).isEqualTo("MA");
        assertThat(OpportunityBadges.initials("Ana María Ruiz")).isEqualTo("AM");
        assertThat(OpportunityBadges.initials("")).isEmpty();
    }

    @Test
    void aHighlightVeilsEveryCardButTheOpportunitiesItMatchesAndTheEmotionLane() {
        Recording plain = new Recording();
        painter.paint(geometry, new MapIndex(ranked), geometry.bounds(), plain, 1, null);
        Recording highlighted = new Recording();
        OpportunityHighlight planned = new OpportunityHighlight(OpportunityStatus.PLANNED, null);
        painter.paint(geometry, new MapIndex(ranked), geometry.bounds(), highlighted, 1, planned);

        List<Rect> veiled = new ArrayList<>(highlighted.roundRects);
        plain.roundRects.forEach(veiled::remove);
        assertThat(veiled).contains(box("o2"), box("o3"), box("pp1"), box("c1")).doesNotContain(box("o1"));
        assertThat(highlighted.filledRects.size()).isGreaterThan(plain.filledRects.size());
    }

    @Test
    void aHighlightMatchesByStatusOrOwnerIgnoringCase() {
        Card planned = ranked.findCard("o1").orElseThrow().card();
        Card unranked = ranked.findCard("o3").orElseThrow().card();
        assertThat(new OpportunityHighlight(OpportunityStatus.PLANNED, null).matches(planned))
                .isTrue();
        assertThat(new OpportunityHighlight(OpportunityStatus.DONE, null).matches(planned))
                .isFalse();
        assertThat(new OpportunityHighlight(null, "sales OPS").matches(planned)).isTrue();
        assertThat(new OpportunityHighlight(null, " Sales ops ").matches(planned))
                .isTrue();
        assertThat(new OpportunityHighlight(null, "Ana Ruiz").matches(planned)).isFalse();
        assertThat(new OpportunityHighlight(OpportunityStatus.IDEA, null).matches(unranked))
                .isFalse();
    }

    private Rect box(String cardId) {
        return geometry.card(cardId).orElseThrow().bounds();
    }

    private static final class Recording extends BlankSurface {
        final List<String> texts = new ArrayList<>();
        final List<Rgb> circleColors = new ArrayList<>();
        final List<Rect> roundRects = new ArrayList<>();
        final List<Rect> filledRects = new ArrayList<>();

        @Override
        public void text(String text, double x, double baseline, TextStyle style, Rgb color) {
            texts.add(text);
        }

        @Override
        public void fillCircle(double centerX, double centerY, double radius, Rgb color) {
            circleColors.add(color);
        }

        @Override
        public void fillRoundRect(Rect rect, double arc, Rgb color) {
            roundRects.add(rect);
        }

        @Override
        public void fillRect(Rect rect, Rgb color) {
            filledRects.add(rect);
        }
    }
}
