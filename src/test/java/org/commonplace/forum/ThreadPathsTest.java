package org.commonplace.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThreadPathsTest {

    private static final String PATH = "000000000007.000000000042.000000001234";

    @Test
    void ancestorsAreReadFromTheirSegment() {
        assertThat(Post.ancestorAt(PATH, 0)).isEqualTo(7);
        assertThat(Post.ancestorAt(PATH, 1)).isEqualTo(42);
        assertThat(Post.ancestorAt(PATH, 2)).isEqualTo(1234);
        assertThatThrownBy(() -> Post.ancestorAt(PATH, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Post.ancestorAt(PATH, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPathOfAGivenDepthHasAFixedLength() {
        assertThat(Post.pathLength(0)).isEqualTo(12);
        assertThat(Post.pathLength(2)).isEqualTo(PATH.length());
        assertThat(PATH.substring(0, Post.pathLength(1))).isEqualTo("000000000007.000000000042");
    }

    @Test
    void deepPostsAreShownInTheBranchViewOfTheirAncestorEveryFewLevels() {
        int levels = ThreadWindow.LEVELS;
        assertThat(ThreadWindow.branchDepthFor(0)).isZero();
        assertThat(ThreadWindow.branchDepthFor(levels)).isZero();
        assertThat(ThreadWindow.branchDepthFor(levels + 1)).isEqualTo(levels);
        assertThat(ThreadWindow.branchDepthFor(2 * levels)).isEqualTo(levels);
        assertThat(ThreadWindow.branchDepthFor(2 * levels + 1)).isEqualTo(2 * levels);
    }

    @Test
    void flatWindowsAreNeverCutIntoBranches() {
        ThreadWindow flat = ThreadWindow.page(true, 5L, null, 3);
        assertThat(flat.cut()).isFalse();
        assertThat(flat.branch()).isNull();
        assertThat(ThreadWindow.page(false, null, null, -2).page()).isEqualTo(1);
    }
}
