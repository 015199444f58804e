package org.journeycanvas.model;

import java.security.SecureRandom;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Makes the short random ids that elements keep for ever (references, diffs and Excel round trips use them). Safe
 * to share between threads, as long as a generator given to it is not used elsewhere at the same time.
 */
public final class IdGenerator {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 8;

    /** Seeds each generator: ids made on two machines, or in two sessions, must not follow the same sequence. */
    private static final SecureRandom SEEDS = new SecureRandom();

    private final RandomGenerator random;

    /**
     * Ids from a fast generator seeded from the system's secure source: the secure source itself reads the
     * operating system's for every number, eight per id, a twentieth of a drop's time on the JavaFX thread.
     */
    public IdGenerator() {
        this(new SplittableRandom(SEEDS.nextLong()));
    }

    /** With a given source of randomness, so that tests can make the same ids every time. */
    public IdGenerator(RandomGenerator random) {
        this.random = random;
    }

    /** A new id that is not among {@code taken}, which it joins: for making several ids in a row. */
    public String take(Set<String> taken) {
        String id = next(taken);
        taken.add(id);
        return id;
    }

    /** A new id that is not among {@code taken}. Starts with a letter, so it never reads as a number. */
    public String next(Set<String> taken) {
        return next(taken::contains);
    }

    /** A new id for which {@code isTaken} says false: for asking a map about one id instead of listing all. */
    public synchronized String next(Predicate<String> isTaken) {
        while (true) {
            StringBuilder id = new StringBuilder(LENGTH);
            id.append(ALPHABET.charAt(random.nextInt(26)));
            for (int i = 1; i < LENGTH; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = id.toString();
            if (!isTaken.test(candidate)) {
                return candidate;
            }
        }
    }
}
