/**
 * Spaces, memberships and {@link org.commonplace.space.SpaceAccess}, the one policy that decides who may see,
 * post, edit, moderate and administer what. Every channel (pages, API, search, feeds, notifications) asks it.
 */
package org.commonplace.space;
