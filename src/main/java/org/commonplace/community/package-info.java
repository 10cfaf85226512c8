/**
 * The community directory: existing online communities worth joining or learning from. Signed-in members suggest
 * entries, editors of any space (and site admins) approve or reject them; only approved entries are listed, with
 * topic and platform facets.
 */
package org.commonplace.community;
