/**
 * The forum: boards per space, threads, and posts that answer other posts (a reply tree kept as a
 * materialised path, so a thread reads in tree order from one query). {@code web/} holds the backing beans.
 */
package org.commonplace.forum;
