package org.journeycanvas.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noArgumentsOrOneFileOpenTheWindow() {
        assertThat(Main.opensWindow(new String[0])).isTrue();
        assertThat(Main.opensWindow(new String[] {"fleet.journey"})).isTrue();
    }

    @Test
    void subcommandsAndOptionsRunTheCommandLine() {
        assertThat(Main.opensWindow(new String[] {"validate", "a.journey"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"validate"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"a.journey", "b.journey"})).isFalse();
    }
}
