package org.journeycanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
    @Test
    void anIdIsEightLettersAndDigitsStartingWithALetter() {
        IdGenerator ids = new IdGenerator();
        for (int i = 0; i < 1_000; i++) {
            assertThat(ids.next(Set.of())).matches("[a-z][a-z0-9]{7}");
        }
    }

    @Test
    void twoGeneratorsDoNotMakeTheSameIds() {
        // As two editors on two laptops would: each seeded apart, so a merge of their maps finds no id twice.
        Set<String> first = new HashSet<>();
        IdGenerator one = new IdGenerator();
        IdGenerator other = new IdGenerator();
        for (int i = 0; i < 1_000; i++) {
            first.add(one.next(Set.of()));
        }
        for (int i = 0; i < 1_000; i++) {
            assertThat(first).doesNotContain(other.next(Set.of()));
        }
    }

    @Test
    void threadsSharingAGeneratorGetIdsNoneOfThemWasGiven() throws Exception {
        IdGenerator shared = new IdGenerator();
        Set<String> taken = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        assertThat(taken.add(shared.next(taken::contains))).isTrue();
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(taken).hasSize(8_000);
    }
}
