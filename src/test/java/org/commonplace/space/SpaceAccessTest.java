package org.commonplace.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole matrix: seven kinds of viewer × three visibilities × six actions, each cell stated explicitly,
 * plus agreement between the rule and the list-query filter.
 */
class SpaceAccessTest {

    private static final long SPACE = 42L;

    enum Who { ANONYMOUS, OUTSIDER, MEMBER, EDITOR, MODERATOR, SPACE_ADMIN, SITE_ADMIN }

    static Viewer viewer(Who who) {
        return switch (who) {
            case ANONYMOUS -> Viewer.anonymous();
            case OUTSIDER -> new Viewer(1L, "otto", "Otto", false, Map.of(99L, Role.ADMIN));
            case MEMBER -> new Viewer(2L, "mia", "Mia", false, Map.of(SPACE, Role.MEMBER));
            case EDITOR -> new Viewer(3L, "edith", "Edith", false, Map.of(SPACE, Role.EDITOR));
            case MODERATOR -> new Viewer(4L, "mo", "Mo", false, Map.of(SPACE, Role.MODERATOR));
            case SPACE_ADMIN -> new Viewer(5L, "sam", "Sam", false, Map.of(SPACE, Role.ADMIN));
            case SITE_ADMIN -> new Viewer(6L, "ada", "Ada", true, Map.of());
        };
    }

    /** The expected set of actions per viewer and visibility. */
    static Set<Action> expected(Who who, Visibility visibility) {
        EnumSet<Action> member = EnumSet.of(Action.SEE, Action.POST, Action.EDIT);
        return switch (who) {
            case ANONYMOUS -> visibility == Visibility.PUBLIC ? EnumSet.of(Action.SEE) : EnumSet.noneOf(Action.class);
            case OUTSIDER -> visibility == Visibility.INVITE_ONLY ? EnumSet.noneOf(Action.class) : EnumSet.of(Action.SEE, Action.POST);
            case MEMBER -> member;
            case EDITOR -> with(member, Action.CURATE);
            case MODERATOR -> with(member, Action.CURATE, Action.MODERATE);
            case SPACE_ADMIN, SITE_ADMIN -> EnumSet.allOf(Action.class);
        };
    }

    private static EnumSet<Action> with(EnumSet<Action> base, Action... more) {
        EnumSet<Action> set = EnumSet.copyOf(base);
        set.addAll(List.of(more));
        return set;
    }

    @Test
    void everyCellOfTheMatrixMatchesThePolicy() {
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Who who : Who.values()) {
            for (Visibility visibility : Visibility.values()) {
                for (Action action : Action.values()) {
                    cells++;
                    boolean allowed = SpaceAccess.allows(viewer(who), SPACE, visibility, action);
                    if (allowed != expected(who, visibility).contains(action)) {
                        mismatches.add(who + "/" + visibility + "/" + action + " -> " + allowed);
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(7 * 3 * 6);
        assertThat(mismatches).as("cells that disagree with the policy").isEmpty();
    }

    @Test
    void whereOnlyEditorsMayEditPlainMembersMayNot() {
        for (Visibility visibility : Visibility.values()) {
            assertThat(SpaceAccess.allows(viewer(Who.MEMBER), SPACE, visibility, EditPolicy.EDITORS, Action.EDIT)).isFalse();
            assertThat(SpaceAccess.allows(viewer(Who.MEMBER), SPACE, visibility, EditPolicy.EDITORS, Action.POST)).isTrue();
            assertThat(SpaceAccess.allows(viewer(Who.EDITOR), SPACE, visibility, EditPolicy.EDITORS, Action.EDIT)).isTrue();
            assertThat(SpaceAccess.allows(viewer(Who.OUTSIDER), SPACE, visibility, EditPolicy.EDITORS, Action.EDIT)).isFalse();
        }
    }

    @Test
    void theListFilterAdmitsExactlyWhatTheViewerMaySee() {
        SpaceAccess access = new SpaceAccess();
        for (Who who : Who.values()) {
            SpaceFilter filter = access.readable(viewer(who));
            for (Visibility visibility : Visibility.values()) {
                assertThat(filter.admits(SPACE, visibility))
                        .as(who + " on " + visibility)
                        .isEqualTo(SpaceAccess.allows(viewer(who), SPACE, visibility, Action.SEE));
            }
        }
    }

    @Test
    void anInviteOnlySpaceIsNotFoundForOutsidersButForbiddenActionsAreForbidden() {
        SpaceAccess access = new SpaceAccess();
        Space hidden = new TestSpace(SPACE, Visibility.INVITE_ONLY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> access.require(viewer(Who.OUTSIDER), hidden, Action.SEE))
                .isInstanceOf(org.commonplace.shared.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> access.require(viewer(Who.MEMBER), hidden, Action.MODERATE))
                .isInstanceOf(org.commonplace.shared.ForbiddenException.class);
    }

    /** A space with a fixed id, without a database. */
    static final class TestSpace extends Space {
        private final Long id;

        TestSpace(Long id, Visibility visibility) {
            super("test-space", "Test", "", visibility, java.time.Instant.EPOCH);
            this.id = id;
        }

        @Override
        public Long getId() {
            return id;
        }
    }

    @org.junit.jupiter.api.Test
    void copyingContentNeverWidensItsReaders() {
        java.time.Instant t = java.time.Instant.EPOCH;
        Space open = withId(new Space("open", "Open", "", Visibility.PUBLIC, t), 1L);
        Space members = withId(new Space("members", "Members", "", Visibility.MEMBERS, t), 2L);
        Space secret = withId(new Space("secret", "Secret", "", Visibility.INVITE_ONLY, t), 3L);
        Space otherSecret = withId(new Space("other", "Other", "", Visibility.INVITE_ONLY, t), 4L);
        org.assertj.core.api.Assertions.assertThat(SpaceAccess.readersChange(secret, open)).isEqualTo(ReadersChange.WIDER);
        org.assertj.core.api.Assertions.assertThat(SpaceAccess.readersChange(secret, otherSecret)).isEqualTo(ReadersChange.WIDER);
        org.assertj.core.api.Assertions.assertThat(SpaceAccess.readersChange(secret, secret)).isEqualTo(ReadersChange.SAME);
        org.assertj.core.api.Assertions.assertThat(SpaceAccess.readersChange(members, open)).isEqualTo(ReadersChange.WIDER);
        org.assertj.core.api.Assertions.assertThat(SpaceAccess.readersChange(members, secret)).isEqualTo(ReadersChange.NARROWER);
        org.assertj.core.api.Assertions.assertThat(SpaceAccess.readersChange(open, members)).isEqualTo(ReadersChange.NARROWER);
        org.assertj.core.api.Assertions.assertThat(SpaceAccess.readersChange(open, open)).isEqualTo(ReadersChange.SAME);
    }

    private static Space withId(Space space, long id) {
        try {
            java.lang.reflect.Field f = org.commonplace.shared.BaseEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(space, id);
            return space;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
