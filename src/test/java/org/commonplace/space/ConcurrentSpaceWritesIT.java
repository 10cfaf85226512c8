package org.commonplace.space;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.commonplace.forum.ForumService;
import org.commonplace.forum.ForumThread;
import org.commonplace.testsupport.Deployments;
import org.commonplace.testsupport.TestData;
import org.commonplace.wiki.Edit;
import org.commonplace.wiki.SaveOutcome;
import org.commonplace.wiki.WikiService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every post and page save marks its space's last activity. Writes to different threads and pages of one space at
 * the same moment must all succeed (the load benchmark found them failing with an optimistic-lock error on the
 * space row).
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentSpaceWritesIT {

    private static final int WRITERS = 8;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ConcurrentSpaceWritesIT.class);
    }

    @Inject
    SpaceService spaces;

    @Inject
    Viewers viewers;

    @Inject
    ForumService forum;

    @Inject
    WikiService wiki;

    @Resource
    ManagedExecutorService executor;

    private Viewer ada() {
        return viewers.byUsername("ada").orElseThrow();
    }

    private String newSpace() {
        String space = "busy-" + TestData.unique();
        spaces.create(ada(), space, "Busy space", "", Visibility.PUBLIC);
        return space;
    }

    @Test
    void simultaneousRepliesToDifferentThreadsOfOneSpaceAllSucceed() throws Exception {
        String space = newSpace();
        forum.createBoard(ada(), space, "talk", "Talk", "", false);
        List<ForumThread> threads = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            threads.add(forum.startThread(ada(), space, "talk", "Thread " + i, "opening " + i, null));
        }
        Viewer viewer = ada();
        List<Long> ids = runTogether(i -> forum.reply(viewer, threads.get(i).getId(), null, "reply " + i, null).getId());
        assertThat(ids).hasSize(WRITERS).doesNotHaveDuplicates();
    }

    @Test
    void simultaneousSavesOfDifferentPagesOfOneSpaceAllSucceed() throws Exception {
        String space = newSpace();
        Viewer viewer = ada();
        List<Long> ids = runTogether(i -> {
            SaveOutcome outcome = wiki.save(viewer, space, null, new Edit("Page " + i, "text " + i, "", false, 0, null));
            return ((SaveOutcome.Saved) outcome).page().getId();
        });
        assertThat(ids).hasSize(WRITERS).doesNotHaveDuplicates();
    }

    private interface Write {
        Long run(int i) throws Exception;
    }

    private List<Long> runTogether(Write write) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int n = i;
            Callable<Long> task = () -> {
                start.await();
                return write.run(n);
            };
            results.add(executor.submit(task));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<Long> f : results) {
            ids.add(f.get(120, TimeUnit.SECONDS));
        }
        return ids;
    }
}
