package org.commonplace.search;

import org.commonplace.forum.ForumThread;
import org.commonplace.forum.Post;
import org.commonplace.phrasebook.Term;
import org.commonplace.wiki.Page;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * What is indexed, kept out of the entities: the current revision of each page that is not deleted, every
 * thread, and every post that is neither deleted nor hidden by a moderator. All three write the shared schema
 * of {@link SearchDocumentBinder}.
 */
public class SearchMappingConfigurer implements HibernateOrmSearchMappingConfigurer {

    public static final String PAGE_INDEX = "page";
    public static final String THREAD_INDEX = "thread";
    public static final String POST_INDEX = "post";
    public static final String TERM_INDEX = "term";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        mapping.type(Page.class).indexed().index(PAGE_INDEX).routingBinder(new PageRouting());
        mapping.type(Page.class).binder(new SearchDocumentBinder(DocKind.PAGE));
        mapping.type(ForumThread.class).indexed().index(THREAD_INDEX);
        mapping.type(ForumThread.class).binder(new SearchDocumentBinder(DocKind.THREAD));
        mapping.type(Post.class).indexed().index(POST_INDEX).routingBinder(new PostRouting());
        mapping.type(Post.class).binder(new SearchDocumentBinder(DocKind.POST));
        mapping.type(Term.class).indexed().index(TERM_INDEX);
        mapping.type(Term.class).binder(new SearchDocumentBinder(DocKind.TERM));
    }

    /** A deleted page leaves the index (and comes back when restored). */
    static final class PageRouting implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("deleted");
            context.bridge(Page.class, new RoutingBridge<Page>() {
                @Override
                public void route(DocumentRoutes routes, Object id, Page page, RoutingBridgeRouteContext ctx) {
                    if (page.isDeleted()) {
                        routes.notIndexed();
                    } else {
                        routes.addRoute();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, Page page, RoutingBridgeRouteContext ctx) {
                    routes.addRoute();
                }
            });
        }
    }

    /** A deleted or hidden post leaves the index. */
    static final class PostRouting implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("deleted").use("hiddenReason");
            context.bridge(Post.class, new RoutingBridge<Post>() {
                @Override
                public void route(DocumentRoutes routes, Object id, Post post, RoutingBridgeRouteContext ctx) {
                    if (post.isDeleted() || post.isHidden()) {
                        routes.notIndexed();
                    } else {
                        routes.addRoute();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, Post post, RoutingBridgeRouteContext ctx) {
                    routes.addRoute();
                }
            });
        }
    }
}
