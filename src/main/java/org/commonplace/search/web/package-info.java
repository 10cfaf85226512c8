/** The search page ({@code /search}) and the site admin's index page ({@code /admin/search}). */
package org.commonplace.search.web;
