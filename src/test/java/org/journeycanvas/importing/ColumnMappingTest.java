package org.journeycanvas.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.journeycanvas.io.table.ColumnRole;
import org.journeycanvas.testing.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class ColumnMappingTest {
    @Test
    void englishHeaderWithSynonymsCaseAndSpacing() {
        ColumnMapping mapping = ColumnMapping.guess(
                List.of(" persona ", "Journey_Stage", "LANE", "Verbatim", "notes", "Tags", "channel", "Rating", "ID"));

        assertThat(mapping.columns())
                .isEqualTo(Map.of(
                        ColumnRole.PERSONA, 0,
                        ColumnRole.STAGE, 1,
                        ColumnRole.LANE, 2,
                        ColumnRole.TEXT, 3,
                        ColumnRole.NOTE, 4,
                        ColumnRole.TAGS, 5,
                        ColumnRole.CHANNEL, 6,
                        ColumnRole.SCORE, 7,
                        ColumnRole.CARD_ID, 8));
    }

    /** The README's example, docs/examples/interviews.csv: its observations are the cards. */
    @Test
    void theReadmesInterviewTableIsGuessedWhole() throws Exception {
        String header = java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs", "examples", "interviews.csv"))
                .get(0);

        assertThat(ColumnMapping.guess(List.of(header.split(","))).columns())
                .isEqualTo(Map.of(
                        ColumnRole.PERSONA, 1,
                        ColumnRole.STAGE, 2,
                        ColumnRole.LANE, 3,
                        ColumnRole.TEXT, 4,
                        ColumnRole.SCORE, 5,
                        ColumnRole.CHANNEL, 6));
    }

    @Test
    void germanHeaderEvenInAnEnglishInterface() {
        ColumnMapping mapping = ColumnMapping.guess(
                List.of("Phase", "Ebene", "Beschreibung", "Anmerkung", "Kanal", "Bewertung", "Karten-ID"));

        assertThat(mapping.columns())
                .isEqualTo(Map.of(
                        ColumnRole.STAGE, 0,
                        ColumnRole.LANE, 1,
                        ColumnRole.TEXT, 2,
                        ColumnRole.NOTE, 3,
                        ColumnRole.CHANNEL, 4,
                        ColumnRole.SCORE, 5,
                        ColumnRole.CARD_ID, 6));
    }

    @Test
    void frenchHeaderWithoutItsAccents() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("ETAPE", "Couloir", "Texte", "Etiquettes", "Évaluation"));

        assertThat(mapping.columns())
                .isEqualTo(Map.of(
                        ColumnRole.STAGE, 0,
                        ColumnRole.LANE, 1,
                        ColumnRole.TEXT, 2,
                        ColumnRole.TAGS, 3,
                        ColumnRole.SCORE, 4));
    }

    @Test
    void spanishHeader() {
        ColumnMapping mapping =
                ColumnMapping.guess(List.of("Cliente", "Etapa", "Fila", "Tarjeta", "Canal", "Puntuación"));

        assertThat(mapping.columns())
                .isEqualTo(Map.of(
                        ColumnRole.PERSONA, 0,
                        ColumnRole.STAGE, 1,
                        ColumnRole.LANE, 2,
                        ColumnRole.TEXT, 3,
                        ColumnRole.CHANNEL, 4,
                        ColumnRole.SCORE, 5));
    }

    @Test
    void theFirstColumnOfARoleWinsAndAColumnHasOneRole() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Text", "Card", "Stage", "Step"));

        assertThat(mapping.columns()).isEqualTo(Map.of(ColumnRole.TEXT, 0, ColumnRole.STAGE, 2));
    }

    @Test
    void aRoleGivenToAColumnTakesTheRoleItHadAway() {
        ColumnMapping guessed = ColumnMapping.guess(List.of("Phase", "Text"));
        assertThat(guessed.column(ColumnRole.STAGE)).hasValue(0);

        ColumnMapping changed = guessed.with(ColumnRole.PERSONA, 0);

        assertThat(changed.column(ColumnRole.PERSONA)).hasValue(0);
        assertThat(changed.column(ColumnRole.STAGE)).isEmpty();
        assertThat(changed.column(ColumnRole.TEXT)).hasValue(1);
    }

    @Test
    void aHeaderWithNothingKnownMapsNothing() {
        assertThat(ColumnMapping.guess(List.of("Foo", "", "Bar 2", "#")).columns())
                .isEmpty();
        assertThat(ColumnMapping.guess(List.of()).columns()).isEmpty();
    }
}
