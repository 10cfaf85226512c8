/** Backing beans of the forum pages: {@code forum/board.xhtml} and {@code forum/thread.xhtml}. */
package org.commonplace.forum.web;
