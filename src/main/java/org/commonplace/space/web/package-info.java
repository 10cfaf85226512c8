/** Backing beans of the space pages: {@code space/home.xhtml} and {@code space/members.xhtml}. */
package org.commonplace.space.web;
