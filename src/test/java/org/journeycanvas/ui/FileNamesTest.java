package org.journeycanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void whatFileSystemsRefuseBecomesSpaces() {
        assertThat(FileNames.cleaned(" Q3: plan / \"draft\" <v2>|*? ")).isEqualTo("Q3  plan    draft   v2");
        assertThat(FileNames.cleaned("a\\b")).isEqualTo("a b");
        assertThat(FileNames.cleaned(" :/ ")).isEmpty();
    }
}
