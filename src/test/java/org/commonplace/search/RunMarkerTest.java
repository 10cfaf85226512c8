package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMarkerTest {

    @Test
    void aStartAfterAnOrderlyStopIsClean(@TempDir Path root) {
        RunMarker marker = new RunMarker(root.resolve("search"));
        assertThat(marker.start()).as("first start ever").isFalse();
        marker.stop();
        assertThat(marker.start()).isFalse();
    }

    @Test
    void aStartAfterARunThatNeverStoppedIsUnclean(@TempDir Path root) {
        assertThat(new RunMarker(root).start()).isFalse();
        // the server died: no stop()
        RunMarker next = new RunMarker(root);
        assertThat(next.start()).isTrue();
        next.stop();
        assertThat(new RunMarker(root).start()).isFalse();
    }
}
