package org.journeycanvas.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppVersionTest {
    @Test
    void anInstalledCopyReportsTheVersionItsLauncherWasPackagedWith() {
        assertThat(AppVersion.of("0.1.0", "0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
    }

    @Test
    void withoutAPackagedLauncherTheAppReportsTheVersionTheBuildWrote() {
        assertThat(AppVersion.of(null, "0.1.0-SNAPSHOT")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(AppVersion.of("", "0.1.0-SNAPSHOT")).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void theBuildWritesThePomsVersion() {
        assertThat(AppVersion.builtVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
