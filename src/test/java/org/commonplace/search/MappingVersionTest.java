package org.commonplace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingVersionTest {

    @TempDir
    Path root;

    @Test
    void anIndexWithoutARecordedVersionIsRebuiltOnceThenAgreed() {
        MappingVersion v2 = new MappingVersion(root, 2);
        assertThat(v2.recorded()).isZero();
        assertThat(v2.problem()).contains("version 0").contains("version 2");
        v2.record();
        assertThat(v2.problem()).isNull();
        assertThat(new MappingVersion(root, 2).problem()).as("the next start agrees").isNull();
    }

    @Test
    void aNewerMappingAsksForARebuild() throws Exception {
        new MappingVersion(root, 2).record();
        assertThat(new MappingVersion(root, 3).problem()).contains("version 2").contains("version 3");
        Files.writeString(root.resolve("mapping-version"), "garbage");
        assertThat(new MappingVersion(root, 3).recorded()).isZero();
    }
}
