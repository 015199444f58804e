package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapGeneratorTest {
    @ParameterizedTest
    @CsvSource({"6, 24, 4000", "8, 34, 8000", "12, 48, 16000", "3, 12, 1000", "1, 5, 7"})
    void makesTheCardsAskedForSpreadEvenlyOverTheCells(int personas, int stages, int cards) {
        JourneyMap map = MapGenerator.generate(personas, stages, cards, 1);

        assertThat(map.personas()).hasSize(personas);
        assertThat(map.stages()).hasSize(stages);
        assertThat(map.cardCount()).isEqualTo(cards);
        List<Integer> perCell = new ArrayList<>();
        for (Persona persona : map.personas()) {
            for (Lane lane : persona.lanes()) {
                for (Stage stage : map.stages()) {
                    perCell.add(lane.cardsAt(stage.id()).size());
                }
            }
        }
        int fewest = perCell.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int most = perCell.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(most - fewest).isLessThanOrEqualTo(1);
    }
}
