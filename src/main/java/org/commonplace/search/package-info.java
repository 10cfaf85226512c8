/**
 * Full-text search over pages, threads and posts with Hibernate Search on a Lucene index in the data folder:
 * the index mapping ({@link org.commonplace.search.SearchMappingConfigurer}, one shared document schema for all
 * types), analyzers ({@link org.commonplace.search.SearchAnalyzers}), the query language
 * ({@link org.commonplace.search.QueryText}), {@link org.commonplace.search.SearchService} (ranked hits, facets,
 * snippets, autocomplete, similar threads; always filtered by the spaces {@code SpaceAccess} lets the viewer
 * read) and the index guard that compares the index with the database at start-up and rebuilds it.
 * {@code web/} holds the search page and the admin reindex page.
 */
package org.commonplace.search;
